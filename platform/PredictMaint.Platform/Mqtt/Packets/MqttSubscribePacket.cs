namespace PredictMaint.Platform.Mqtt.Packets;

internal sealed record MqttSubscribePacket(ushort PacketId, IReadOnlyList<MqttTopicSubscription> Subscriptions)
    : MqttPacket(MqttPacketType.Subscribe);
