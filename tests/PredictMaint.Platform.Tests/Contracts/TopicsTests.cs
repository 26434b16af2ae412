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
}
