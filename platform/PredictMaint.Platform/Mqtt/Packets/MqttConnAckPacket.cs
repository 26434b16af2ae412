namespace PredictMaint.Platform.Mqtt.Packets;

internal sealed record MqttConnAckPacket(bool SessionPresent, MqttConnectReturnCode ReturnCode)
    : MqttPacket(MqttPacketType.ConnAck);
