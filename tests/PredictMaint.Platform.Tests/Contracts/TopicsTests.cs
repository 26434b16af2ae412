using PredictMaint.Platform.Contracts;

namespace PredictMaint.Platform.Tests.Contracts;

public sealed class TopicsTests
{
    [Fact]
    public void For_ValidIds_BuildsDeviceTopic() =>
        Assert.Equal("pm/v1/site-1/dev_7/telemetry", Topics.For("site-1", "dev_7", Topics.Telemetry));

    [Theory]
    [InlineData("a/b")]
    [InlineData("+")]
    [InlineData("#")]
    [InlineData("")]
    [InlineData("dev ice")]
    public void For_IdWithTopicSyntax_Throws(string deviceId) =>
        Assert.Throws<ArgumentException>(() => Topics.For("site", deviceId, Topics.Telemetry));

    [Fact]
    public void TryParse_DeviceTopic_ReturnsParts()
    {
        Assert.True(Topics.TryParse("pm/v1/s1/d1/status", out var site, out var device, out var kind));
        Assert.Equal(("s1", "d1", "status"), (site, device, kind));
    }

    [Theory]
    [InlineData("pm/v2/s1/d1/telemetry")]
    [InlineData("pm/v1/s1/telemetry")]
    [InlineData("pm/v1/s1/d1/telemetry/extra")]
    public void TryParse_OtherTopic_ReturnsFalse(string topic) =>
        Assert.False(Topics.TryParse(topic, out _, out _, out _));

    [Theory]
    [InlineData("pm/v1/s1/d1/telemetry")]
    [InlineData("pm/v1/site-9/dev_Z-1/status")]
    [InlineData("pm/v1/s1/d1/")]
    [InlineData("pm/v2/s1/d1/telemetry")]
    [InlineData("pm/v1/s1/telemetry")]
    [InlineData("pm/v1/s1/d1/telemetry/extra")]
    [InlineData("pm/v1/s1/d1/telemetry/a/b/c")]
    [InlineData("pm/v1//d1/telemetry")]
    [InlineData("pm/v1/s+/d1/telemetry")]
    [InlineData("")]
    public void TryParse_Span_SameAsString(string topic)
    {
        var parsed = Topics.TryParse(topic, out var site, out var device, out var kind);
        Assert.Equal(parsed, Topics.TryParse(topic.AsSpan(), out var siteSpan, out var deviceSpan, out var kindSpan));
        Assert.Equal((site, device, kind), (siteSpan.ToString(), deviceSpan.ToString(), kindSpan.ToString()));
    }
}
