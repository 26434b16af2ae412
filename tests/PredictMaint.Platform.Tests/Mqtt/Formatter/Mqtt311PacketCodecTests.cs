using System.Buffers;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Platform.Mqtt.Formatter;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Tests.Mqtt.Formatter;

public sealed class Mqtt311PacketCodecTests
{
    private static readonly Mqtt311PacketCodec Codec = Mqtt311PacketCodec.Instance;

    public static TheoryData<string> SimplePackets => new() { "ConnAck", "PubAck", "PubRec", "PubRel", "PubComp", "UnsubAck", "PingReq", "PingResp", "Disconnect" };

    [Fact]
    public void Decode_EncodedConnectWithEverything_RoundTrips()
    {
        var will = new MqttApplicationMessage("pm/v1/s/d/status", "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce, Retain: true);
        var packet = new MqttConnectPacket("client-1", "user", "pässword", CleanSession: false, 30, will);

        var decoded = Assert.IsType<MqttConnectPacket>(RoundTrip(packet));

        Assert.Equal(packet with { Will = null }, decoded with { Will = null });
        Assert.Equal(will.Topic, decoded.Will!.Topic);
        Assert.Equal(will.Payload.ToArray(), decoded.Will.Payload.ToArray());
        Assert.Equal((will.QualityOfService, will.Retain), (decoded.Will.QualityOfService, decoded.Will.Retain));
    }

    [Fact]
    public void Decode_EncodedMinimalConnect_RoundTrips()
    {
        var packet = new MqttConnectPacket(string.Empty, null, null, CleanSession: true, 0, null);

        Assert.Equal(packet, RoundTrip(packet));
    }

    [Theory]
    [InlineData(MqttQualityOfService.AtMostOnce, false, false, 0)]
    [InlineData(MqttQualityOfService.AtLeastOnce, true, true, 65535)]
    [InlineData(MqttQualityOfService.ExactlyOnce, false, true, 7)]
    public void Decode_EncodedPublish_RoundTrips(MqttQualityOfService qos, bool retain, bool duplicate, int packetId)
    {
        var payload = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        var packet = new MqttPublishPacket("a/b/ü", payload, qos, retain, duplicate && qos != MqttQualityOfService.AtMostOnce, (ushort)packetId);

        var decoded = Assert.IsType<MqttPublishPacket>(RoundTrip(packet));

        Assert.Equal(packet with { Payload = default }, decoded with { Payload = default });
        Assert.Equal(payload, decoded.Payload.ToArray());
    }

    [Theory]
    [MemberData(nameof(SimplePackets))]
    public void Decode_EncodedSimplePacket_RoundTrips(string type)
    {
        MqttPacket packet = type switch
        {
            "ConnAck" => new MqttConnAckPacket(true, MqttConnectReturnCode.Accepted),
            "PingReq" => MqttEmptyPacket.PingRequest,
            "PingResp" => MqttEmptyPacket.PingResponse,
            "Disconnect" => MqttEmptyPacket.Disconnect,
            _ => new MqttAcknowledgementPacket(Enum.Parse<MqttPacketType>(type), 4242),
        };

        Assert.Equal(packet, RoundTrip(packet));
    }

    [Fact]
    public void Decode_EncodedSubscribe_RoundTrips()
    {
        var packet = new MqttSubscribePacket(9, [new("a/+/c", MqttQualityOfService.AtLeastOnce), new("$share/g/x/#", MqttQualityOfService.AtMostOnce)]);

        var decoded = Assert.IsType<MqttSubscribePacket>(RoundTrip(packet));

        Assert.Equal(packet.PacketId, decoded.PacketId);
        Assert.Equal(packet.Subscriptions, decoded.Subscriptions);
    }

    [Fact]
    public void Decode_EncodedSubAck_RoundTrips()
    {
        var decoded = Assert.IsType<MqttSubAckPacket>(RoundTrip(new MqttSubAckPacket(3, [0, 1, 2, 0x80])));

        Assert.Equal((ushort)3, decoded.PacketId);
        Assert.Equal(new byte[] { 0, 1, 2, 0x80 }, decoded.ReturnCodes);
    }

    [Fact]
    public void Decode_EncodedUnsubscribe_RoundTrips()
    {
        var decoded = Assert.IsType<MqttUnsubscribePacket>(RoundTrip(new MqttUnsubscribePacket(5, ["a/#", "b"])));

        Assert.Equal(["a/#", "b"], decoded.TopicFilters);
    }

    [Fact]
    public void Encode_PingRequest_MatchesSpecBytes() => Assert.Equal(new byte[] { 0xC0, 0x00 }, Encode(MqttEmptyPacket.PingRequest));

    [Fact]
    public void Encode_Subscribe_SetsReservedFlagBits() => Assert.Equal(0x82, Encode(new MqttSubscribePacket(1, [new("a", MqttQualityOfService.AtMostOnce)]))[0]);

    [Theory]
    [InlineData(new byte[] { 0x20, 0x02, 0x02, 0x00 }, "reserved acknowledge flags")]
    [InlineData(new byte[] { 0x20, 0x02, 0x00, 0x06 }, "unknown return code")]
    [InlineData(new byte[] { 0x20, 0x03, 0x00, 0x00, 0x00 }, "trailing")]
    [InlineData(new byte[] { 0x40, 0x02, 0x00, 0x00 }, "identifier 0")]
    [InlineData(new byte[] { 0x41, 0x02, 0x00, 0x01 }, "flags")]
    [InlineData(new byte[] { 0x36, 0x05, 0x00, 0x01, 0x61, 0x00, 0x01 }, "QoS 3")]
    [InlineData(new byte[] { 0x38, 0x03, 0x00, 0x01, 0x61 }, "DUP")]
    [InlineData(new byte[] { 0x30, 0x03, 0x00, 0x01, 0x23 }, "wildcards")]
    [InlineData(new byte[] { 0x30, 0x04, 0x00, 0x02, 0xC3, 0x28 }, "UTF-8")]
    [InlineData(new byte[] { 0x90, 0x02, 0x00, 0x01 }, "no return code")]
    [InlineData(new byte[] { 0x90, 0x03, 0x00, 0x01, 0x03 }, "invalid return code")]
    [InlineData(new byte[] { 0x00, 0x00 }, "Reserved packet type")]
    [InlineData(new byte[] { 0xF0, 0x00 }, "Reserved packet type")]
    [InlineData(new byte[] { 0xD0, 0x01, 0x00 }, "trailing")]
    public void Decode_MalformedPacket_ThrowsProtocolException(byte[] bytes, string reason)
    {
        var error = Assert.Throws<MqttProtocolException>(() => DecodeWhole(bytes));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    internal static MqttPacket DecodeWhole(byte[] bytes, int maxPacketSize = 1024 * 1024)
    {
        var sequence = new ReadOnlySequence<byte>(bytes);
        Assert.True(MqttPacketFramer.TryReadFrame(ref sequence, maxPacketSize, out var header, out var body), "incomplete frame");
        Assert.True(sequence.IsEmpty, "bytes left after the frame");
        return Codec.Decode(header, body.ToArray());
    }

    private static byte[] Encode(MqttPacket packet)
    {
        var output = new ArrayBufferWriter<byte>();
        Codec.Encode(packet, output);
        Assert.Equal(Codec.GetEncodedSize(packet), output.WrittenCount);
        return output.WrittenSpan.ToArray();
    }

    private static MqttPacket RoundTrip(MqttPacket packet) => DecodeWhole(Encode(packet));
}
