namespace PredictMaint.Platform.Mqtt.Packets;

/// <summary>A decoded control packet, independent of the protocol version's wire format.</summary>
internal abstract record MqttPacket(MqttPacketType Type);
