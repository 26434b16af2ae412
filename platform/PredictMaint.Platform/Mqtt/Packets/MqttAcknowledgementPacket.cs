namespace PredictMaint.Platform.Mqtt.Packets;

/// <summary>The packets that carry only a packet id: PUBACK, PUBREC, PUBREL, PUBCOMP, UNSUBACK.</summary>
internal sealed record MqttAcknowledgementPacket(MqttPacketType AcknowledgementType, ushort PacketId)
    : MqttPacket(AcknowledgementType);
