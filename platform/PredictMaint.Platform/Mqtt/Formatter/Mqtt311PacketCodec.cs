using System.Buffers;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Formatter;

/// <summary>The MQTT 3.1.1 wire format (OASIS standard, 29 October 2014).</summary>
internal sealed class Mqtt311PacketCodec : IMqttPacketCodec
{
    public static Mqtt311PacketCodec Instance { get; } = new();

    public int GetEncodedSize(MqttPacket packet)
    {
        var remaining = Mqtt311PacketEncoder.GetRemainingLength(packet);
        if (remaining > MqttPacketFramer.MaxRemainingLength)
        {
            throw new MqttProtocolException($"A {packet.Type} packet of {remaining} bytes is larger than MQTT allows.");
        }

        return 1 + MqttPacketFramer.GetRemainingLengthSize(remaining) + remaining;
    }

    public void Encode(MqttPacket packet, IBufferWriter<byte> output)
    {
        var remaining = Mqtt311PacketEncoder.GetRemainingLength(packet);
        var size = 1 + MqttPacketFramer.GetRemainingLengthSize(remaining) + remaining;
        var writer = new MqttSpanWriter(output.GetSpan(size));
        Mqtt311PacketEncoder.Write(packet, remaining, ref writer);
        output.Advance(size);
    }

    public MqttPacket Decode(byte fixedHeader, ReadOnlySpan<byte> body) => Mqtt311PacketDecoder.Decode(fixedHeader, body);
}
