namespace PredictMaint.Platform.Mqtt.Packets;

internal sealed record MqttPublishPacket(
    string Topic,
    ReadOnlyMemory<byte> Payload,
    MqttQualityOfService QualityOfService,
    bool Retain,
    bool Duplicate,
    ushort PacketId)
    : MqttPacket(MqttPacketType.Publish)
{
    public static MqttPublishPacket From(MqttApplicationMessage message, ushort packetId) =>
        new(message.Topic, message.Payload, message.QualityOfService, message.Retain, Duplicate: false, packetId);

    public MqttApplicationMessage ToApplicationMessage() => new(Topic, Payload, QualityOfService, Retain);
}
