using System.Text;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Tests.Mqtt.Receiving;

/// <summary>The dispatch loop, observed through a client on a real broker.</summary>
public sealed class MqttIncomingDispatcherTests : IClassFixture<MosquittoFixture>
{
    private readonly MosquittoFixture _broker;

    public MqttIncomingDispatcherTests(MosquittoFixture broker) => _broker = broker;

    [Fact]
    public async Task Handler_Blocked_SocketReaderKeepsProcessingAcknowledgements()
    {
        var topic = MqttTestClients.NewTopic();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = await MqttTestClients.ConnectAsync(Options().Build());
        client.ApplicationMessageReceivedAsync += async _ =>
        {
            entered.TrySetResult();
            await release.Task;
        };
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);

        try
        {
            await client.PublishAsync(Message(topic, "blocks the handler"));
            await entered.Task.WaitAsync(MqttTestClients.Timeout);

            // PUBACKs (like PINGRESPs) are handled by the socket reader; with the handler stuck they must still complete.
            for (var i = 0; i < 50; i++)
            {
                await client.PublishAsync(Message(MqttTestClients.NewTopic(), $"acked {i}")).WaitAsync(MqttTestClients.Timeout);
            }

            Assert.True(client.IsConnected);
        }
        finally
        {
            release.SetResult();
        }
    }

    [Fact]
    public async Task Handler_SlowWithAtMostOnceFlood_DropsOverCapAndCounts()
    {
        var topic = MqttTestClients.NewTopic();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = await MqttTestClients.ConnectAsync(Options().WithMaxQueuedAtMostOnceMessages(10).Build());
        var handled = 0;
        client.ApplicationMessageReceivedAsync += async _ =>
        {
            Interlocked.Increment(ref handled);
            await release.Task;
        };
        await client.SubscribeAsync(topic, MqttQualityOfService.AtMostOnce);

        try
        {
            for (var i = 0; i < 50; i++)
            {
                await client.PublishAsync(new MqttApplicationMessage(topic, Encoding.UTF8.GetBytes($"{i}")));
            }

            // The broker answers our QoS 1 publish after it forwarded the 50 QoS 0 messages on the same socket.
            await client.PublishAsync(Message(MqttTestClients.NewTopic(), "barrier"));
            Assert.InRange(client.DroppedAtMostOnceMessageCount, 39, 40);
        }
        finally
        {
            release.SetResult();
        }
    }

    [Fact]
    public async Task Handler_MultipleMessages_InvokedOneAtATimeInArrivalOrder()
    {
        var topic = MqttTestClients.NewTopic();
        await using var client = await MqttTestClients.ConnectAsync(Options().Build());
        var order = new List<string>();
        var concurrent = 0;
        var maxConcurrent = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ApplicationMessageReceivedAsync += async e =>
        {
            maxConcurrent = Math.Max(maxConcurrent, Interlocked.Increment(ref concurrent));
            await Task.Yield();
            order.Add(Encoding.UTF8.GetString(e.ApplicationMessage.Payload.Span));
            Interlocked.Decrement(ref concurrent);
            if (order.Count == 100)
            {
                done.TrySetResult();
            }
        };
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => client.PublishAsync(Message(topic, $"{i:D3}"))));

        await done.Task.WaitAsync(MqttTestClients.Timeout);
        Assert.Equal(1, maxConcurrent);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"{i:D3}"), order);
    }

    private MqttClientOptionsBuilder Options() => MqttTestClients.Options(_broker.Server);

    private static MqttApplicationMessage Message(string topic, string payload) =>
        new(topic, Encoding.UTF8.GetBytes(payload), MqttQualityOfService.AtLeastOnce);
}
