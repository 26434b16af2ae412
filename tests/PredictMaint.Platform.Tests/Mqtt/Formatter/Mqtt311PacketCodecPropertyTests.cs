using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Platform.Mqtt.Formatter;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Tests.Mqtt.Formatter;

/// <summary>Whatever bytes arrive, framing and decoding fail only with <see cref="MqttProtocolException"/>.</summary>
public sealed class Mqtt311PacketCodecPropertyTests
{
    private const int MaxPacketSize = 4096;

    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static readonly byte[][] ValidPackets =
    [
        Encode(new MqttPublishPacket("pm/v1/s/d/telemetry", new byte[40], MqttQualityOfService.AtLeastOnce, false, false, 12)),
        Encode(new MqttPublishPacket("t", new byte[200], MqttQualityOfService.AtMostOnce, true, false, 0)),
        Encode(new MqttConnAckPacket(false, MqttConnectReturnCode.Accepted)),
        Encode(new MqttSubAckPacket(7, [0, 1, 0x80])),
        Encode(new MqttAcknowledgementPacket(MqttPacketType.PubAck, 99)),
        Encode(new MqttSubscribePacket(3, [new("a/+/#", MqttQualityOfService.AtLeastOnce)])),
        Encode(new MqttUnsubscribePacket(4, ["x/y"])),
        Encode(new MqttConnectPacket("id", "u", "p", true, 10, new("w", new byte[3], MqttQualityOfService.AtLeastOnce))),
        Encode(MqttEmptyPacket.PingResponse),
    ];

    [Fact]
    public void DecodeStream_RandomBytes_OnlyProtocolExceptions() =>
        Check.One(Thorough, Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => DecodesOrRejectsCleanly(bytes)));

    [Fact]
    public void DecodeStream_MutatedValidPackets_OnlyProtocolExceptions()
    {
        var mutations =
            from packet in Gen.Elements(ValidPackets)
            from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 10_000), ArbMap.Default.GeneratorFor<byte>()))
            from cut in Gen.Choose(0, 400)
            select Mutate(packet, edits, cut);

        Check.One(Thorough, Prop.ForAll(mutations.ToArbitrary(), bytes => DecodesOrRejectsCleanly(bytes)));
    }

    [Fact]
    public void DecodeStream_DeclaredLengthOverLimit_RejectedWithoutAllocatingBody()
    {
        var oversized = Gen.Choose(MaxPacketSize, 268_435_455).Select(length =>
        {
            var header = new byte[5];
            header[0] = 0x30;
            var size = MqttPacketFramer.WriteRemainingLength(header.AsSpan(1), length);
            return header[..(1 + size)];
        });

        Prop.ForAll(oversized.ToArbitrary(), header =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var buffer = new ReadOnlySequence<byte>(header);
            try
            {
                MqttPacketFramer.TryReadFrame(ref buffer, MaxPacketSize, out _, out _);
                return false;
            }
            catch (MqttProtocolException)
            {
                return GC.GetAllocatedBytesForCurrentThread() - before < MaxPacketSize;
            }
        }).QuickCheckThrowOnFailure();
    }

    private static bool DecodesOrRejectsCleanly(byte[] bytes)
    {
        var buffer = new ReadOnlySequence<byte>(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            while (MqttPacketFramer.TryReadFrame(ref buffer, MaxPacketSize, out var header, out var body))
            {
                Mqtt311PacketCodec.Instance.Decode(header, body.FirstSpan);
            }
        }
        catch (MqttProtocolException)
        {
            // The only acceptable failure.
        }

        // Generous bound for strings and lists of a few decoded packets; never driven by a declared length.
        return GC.GetAllocatedBytesForCurrentThread() - before < 64 * MaxPacketSize;
    }

    private static byte[] Mutate(byte[] packet, (int Position, byte Value)[] edits, int cut)
    {
        var bytes = packet.ToArray();
        foreach (var (position, value) in edits)
        {
            bytes[position % bytes.Length] = value;
        }

        return bytes[..Math.Max(1, bytes.Length - (cut % bytes.Length))];
    }

    private static byte[] Encode(MqttPacket packet)
    {
        var output = new ArrayBufferWriter<byte>();
        Mqtt311PacketCodec.Instance.Encode(packet, output);
        return output.WrittenSpan.ToArray();
    }
}
