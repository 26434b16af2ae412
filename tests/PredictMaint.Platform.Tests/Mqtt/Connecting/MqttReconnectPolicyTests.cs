using PredictMaint.Platform.Mqtt.Connecting;

namespace PredictMaint.Platform.Tests.Mqtt.Connecting;

public sealed class MqttReconnectPolicyTests
{
    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(3, 800)]
    [InlineData(5, 2000)]
    [InlineData(1000, 2000)]
    public void GetCeiling_Attempt_DoublesUpToMaximum(int attempt, int expectedMilliseconds)
    {
        var policy = new MqttReconnectPolicy(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), policy.GetCeiling(attempt));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.5, 400)]
    [InlineData(0.999, 799)]
    public void GetDelay_FullJitter_ScalesCeilingByRandom(double random, int expectedMilliseconds)
    {
        var policy = new MqttReconnectPolicy(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2), () => random);

        Assert.Equal(expectedMilliseconds, (int)policy.GetDelay(3).TotalMilliseconds);
    }
}
