namespace PredictMaint.Platform.Mqtt.Packets;

internal sealed record MqttUnsubscribePacket(ushort PacketId, IReadOnlyList<string> TopicFilters)
    : MqttPacket(MqttPacketType.Unsubscribe);
