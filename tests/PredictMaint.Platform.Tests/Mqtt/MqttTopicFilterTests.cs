using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Tests.Mqtt;

public sealed class MqttTopicFilterTests
{
    [Theory]
    [InlineData("a/b/c", "a/b/c", true)]
    [InlineData("a/b/c", "a/b", false)]
    [InlineData("a/+/c", "a/x/c", true)]
    [InlineData("a/+/c", "a//c", true)]
    [InlineData("a/+/c", "a/x/y/c", false)]
    [InlineData("+", "a", true)]
    [InlineData("+", "a/b", false)]
    [InlineData("+/+", "/a", true)]
    [InlineData("#", "a/b/c", true)]
    [InlineData("a/#", "a", true)]
    [InlineData("a/#", "a/b/c", true)]
    [InlineData("a/#", "ab", false)]
    [InlineData("a/b/#", "a/c", false)]
    [InlineData("pm/v1/+/+/telemetry", "pm/v1/s1/d1/telemetry", true)]
    [InlineData("pm/v1/+/+/telemetry", "pm/v1/s1/d1/status", false)]
    [InlineData("A", "a", false)]
    public void IsMatch_Wildcards_FollowSpec(string filter, string topic, bool expected) =>
        Assert.Equal(expected, MqttTopicFilter.IsMatch(filter, topic));

    [Theory]
    [InlineData("#", "$SYS/broker/uptime", false)]
    [InlineData("+/broker/uptime", "$SYS/broker/uptime", false)]
    [InlineData("$SYS/#", "$SYS/broker/uptime", true)]
    [InlineData("$SYS/+/uptime", "$SYS/broker/uptime", true)]
    public void IsMatch_DollarTopics_NotMatchedByLeadingWildcards(string filter, string topic, bool expected) =>
        Assert.Equal(expected, MqttTopicFilter.IsMatch(filter, topic));

    [Theory]
    [InlineData("$share/ingest/pm/v1/+/+/telemetry", "pm/v1/s/d/telemetry", true)]
    [InlineData("$share/ingest/#", "a/b", true)]
    [InlineData("$share/ingest/#", "$SYS/x", false)]
    [InlineData("$share/ingest/a", "ingest/a", false)]
    public void IsMatch_SharedSubscription_MatchesLikeInnerFilter(string filter, string topic, bool expected) =>
        Assert.Equal(expected, MqttTopicFilter.IsMatch(filter, topic));

    [Theory]
    [InlineData("a/b")]
    [InlineData("#")]
    [InlineData("+/+/#")]
    [InlineData("/")]
    [InlineData("$share/g/a/+")]
    public void ValidateFilter_ValidFilter_DoesNotThrow(string filter) => MqttTopicFilter.ValidateFilter(filter);

    [Theory]
    [InlineData("")]
    [InlineData("a/#/b")]
    [InlineData("a#")]
    [InlineData("a/b+")]
    [InlineData("a\0b")]
    [InlineData("$share/g")]
    [InlineData("$share//a")]
    [InlineData("$share/g+/a")]
    [InlineData("$share/g/")]
    public void ValidateFilter_InvalidFilter_ThrowsArgumentException(string filter) =>
        Assert.Throws<ArgumentException>(() => MqttTopicFilter.ValidateFilter(filter));

    [Theory]
    [InlineData("")]
    [InlineData("a/+")]
    [InlineData("a/#")]
    [InlineData("a\0")]
    public void ValidateTopicName_InvalidName_ThrowsArgumentException(string topic) =>
        Assert.Throws<ArgumentException>(() => MqttTopicFilter.ValidateTopicName(topic));

    [Fact]
    public void ValidateTopicName_TooLong_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => MqttTopicFilter.ValidateTopicName(new string('ä', 40_000)));
}
