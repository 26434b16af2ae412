using System.Buffers;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Platform.Mqtt.Formatter;

namespace PredictMaint.Platform.Tests.Mqtt.Formatter;

public sealed class MqttPacketFramerTests
{
    [Theory]
    [InlineData(0, new byte[] { 0x00 })]
    [InlineData(127, new byte[] { 0x7F })]
    [InlineData(128, new byte[] { 0x80, 0x01 })]
    [InlineData(16_383, new byte[] { 0xFF, 0x7F })]
    [InlineData(16_384, new byte[] { 0x80, 0x80, 0x01 })]
    [InlineData(2_097_152, new byte[] { 0x80, 0x80, 0x80, 0x01 })]
    [InlineData(268_435_455, new byte[] { 0xFF, 0xFF, 0xFF, 0x7F })]
    public void WriteRemainingLength_SpecExamples_MatchEncoding(int value, byte[] expected)
    {
        var buffer = new byte[4];

        var written = MqttPacketFramer.WriteRemainingLength(buffer, value);

        Assert.Equal(expected, buffer[..written]);
        Assert.Equal(expected.Length, MqttPacketFramer.GetRemainingLengthSize(value));
    }

    [Fact]
    public void TryReadFrame_FifthLengthByte_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 });

        Assert.Throws<MqttProtocolException>(() => MqttPacketFramer.TryReadFrame(ref buffer, int.MaxValue, out _, out _));
    }

    [Fact]
    public void TryReadFrame_DeclaredLengthOverLimit_ThrowsBeforeBodyArrives()
    {
        // Only the header is present: the limit must be enforced on the declared length alone.
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0x7F });

        var error = Assert.Throws<MqttProtocolException>(() => MqttPacketFramer.TryReadFrame(ref buffer, 1024, out _, out _));
        Assert.Contains("exceeds the limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadFrame_NonMinimalLength_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0xC0, 0x80, 0x00 });

        Assert.Throws<MqttProtocolException>(() => MqttPacketFramer.TryReadFrame(ref buffer, 1024, out _, out _));
    }

    [Fact]
    public void TryReadFrame_PartialPacket_ReturnsFalseAndKeepsBuffer()
    {
        var bytes = new ReadOnlySequence<byte>(new byte[] { 0x30, 0x05, 0x00, 0x01 });
        var buffer = bytes;

        Assert.False(MqttPacketFramer.TryReadFrame(ref buffer, 1024, out _, out _));
        Assert.Equal(bytes.Length, buffer.Length);
    }

    [Fact]
    public void TryReadFrame_TwoPackets_ReadsOneAtATime()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0xD0, 0x00, 0x40, 0x02, 0x00, 0x07 });

        Assert.True(MqttPacketFramer.TryReadFrame(ref buffer, 1024, out var first, out var firstBody));
        Assert.True(MqttPacketFramer.TryReadFrame(ref buffer, 1024, out var second, out var secondBody));

        Assert.Equal((0xD0, 0L, 0x40, 2L), (first, firstBody.Length, second, secondBody.Length));
        Assert.True(buffer.IsEmpty);
    }
}
