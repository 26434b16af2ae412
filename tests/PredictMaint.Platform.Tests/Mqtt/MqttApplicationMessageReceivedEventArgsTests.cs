using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Tests.Mqtt;

public sealed class MqttApplicationMessageReceivedEventArgsTests
{
    [Fact]
    public async Task AcknowledgeAsync_CalledTwiceFromThreads_AcknowledgesOnce()
    {
        var calls = 0;
        var args = new MqttApplicationMessageReceivedEventArgs(
            new MqttApplicationMessage("a", ReadOnlyMemory<byte>.Empty, MqttQualityOfService.AtLeastOnce),
            _ =>
            {
                Interlocked.Increment(ref calls);
                return Task.CompletedTask;
            });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => args.AcknowledgeAsync())));

        Assert.Equal(1, calls);
        Assert.True(args.AutoAcknowledge);
    }
}
