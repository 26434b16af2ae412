namespace PredictMaint.Platform.Mqtt.Packets;

internal sealed record MqttConnectPacket(
    string ClientId,
    string? Username,
    string? Password,
    bool CleanSession,
    ushort KeepAliveSeconds,
    MqttApplicationMessage? Will,
    MqttProtocolVersion ProtocolVersion = MqttProtocolVersion.V311)
    : MqttPacket(MqttPacketType.Connect);
