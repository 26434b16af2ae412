namespace PredictMaint.Platform.Mqtt.Packets;

internal sealed record MqttSubAckPacket(ushort PacketId, IReadOnlyList<byte> ReturnCodes)
    : MqttPacket(MqttPacketType.SubAck)
{
    public const byte Failure = 0x80;
}
