using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Tests that restart, freeze or stop their own broker.</summary>
public sealed class MqttClientResilienceTests
{
    [Fact]
    public async Task PublishAsync_NoAutoReconnectBrokerStopsMidBurst_EveryPublishEndsInsteadOfWaitingForever()
    {
        const int count = 5000;
        await using var server = await MosquittoServer.StartNewAsync();
        var topic = MqttTestClients.NewTopic();
        await using var publisher = new MqttClient(
            new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, server.Port).WithClientId($"burst-{Guid.NewGuid():N}").WithMaxOutgoingInFlight(10).Build(),
            TestLogger.Create<MqttClient>());
        await publisher.ConnectAsync();
        var lost = MqttTestClients.WaitForStateAsync(publisher, MqttConnectionState.Disconnected);

        // A window of 10: the burst is mostly waiting for room when the broker goes away.
        var publishes = Enumerable.Range(0, count)
            .Select(i => publisher.PublishAsync(new MqttApplicationMessage(topic, Encoding.ASCII.GetBytes(i.ToString(CultureInfo.InvariantCulture)), MqttQualityOfService.AtLeastOnce)))
            .ToArray();
        await server.StopAsync();
        await lost.WaitAsync(MqttTestClients.Timeout);

        // Every publish ends (acknowledged before the stop, or failed by it); before the fix the rest waited forever.
        try
        {
            await Task.WhenAll(publishes).WaitAsync(MqttTestClients.Timeout);
        }
        catch (MqttCommunicationException)
        {
            // expected for those caught by the stop; checked one by one below
        }

        Assert.All(publishes, p => Assert.True(p.IsCompleted));
        var failed = publishes.Where(p => p.IsFaulted).Select(p => p.Exception!.InnerException).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, e => Assert.IsType<MqttCommunicationException>(e));
    }

    [Fact]
    public async Task PublishAsync_BrokerRestartMidStream_PersistentSubscriberReceivesEverySequenceNumber()
    {
        const int count = 2000;
        await using var server = await MosquittoServer.StartNewAsync();
        var topic = MqttTestClients.NewTopic();
        await using var subscriber = new MqttClient(Resilient(server).WithCleanSession(false).Build(), TestLogger.Create<MqttClient>());
        var received = new ConcurrentDictionary<int, bool>();
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.ApplicationMessageReceivedAsync += e =>
        {
            received.TryAdd(int.Parse(Encoding.ASCII.GetString(e.ApplicationMessage.Payload.Span), CultureInfo.InvariantCulture), true);
            if (received.Count == count)
            {
                all.TrySetResult();
            }

            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync();
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await using var publisher = new MqttClient(Resilient(server).WithCleanSession(false).Build(), TestLogger.Create<MqttClient>());
        await publisher.ConnectAsync();
        var publisherLost = MqttTestClients.WaitForStateAsync(publisher, MqttConnectionState.Reconnecting);
        var subscriberLost = MqttTestClients.WaitForStateAsync(subscriber, MqttConnectionState.Reconnecting);
        var quarterPublished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The publisher pauses a quarter of the way in until it has noticed the restart, so the
        // rest is published into the outage (queued in the in-flight window) and after it.
        var publishing = PublishSequenceAsync(publisher, topic, count, async i =>
        {
            if (i == count / 4)
            {
                quarterPublished.TrySetResult();
                await publisherLost.WaitAsync(MqttTestClients.Timeout);
            }
        });
        await quarterPublished.Task.WaitAsync(MqttTestClients.Timeout);
        await server.RestartAsync();
        await subscriberLost.WaitAsync(MqttTestClients.Timeout);
        await publishing.WaitAsync(MqttTestClients.Timeout);
        try
        {
            await all.Task.WaitAsync(MqttTestClients.Timeout);
        }
        catch (TimeoutException)
        {
            var missing = Enumerable.Range(0, count).Where(i => !received.ContainsKey(i)).ToList();
            Assert.Fail($"Subscriber ({subscriber.State}) misses {missing.Count} of {count}: {string.Join(',', missing.Take(20))}...");
        }

        Assert.Equal(Enumerable.Range(0, count), received.Keys.Order());
    }

    [Fact]
    public async Task KeepAlive_BrokerFrozen_ConnectionDeclaredDeadAndReconnectedAfterThaw()
    {
        await using var server = await MosquittoServer.StartNewAsync();
        var keepAlive = TimeSpan.FromSeconds(1);
        await using var client = new MqttClient(Resilient(server).WithKeepAlive(keepAlive).Build(), TestLogger.Create<MqttClient>());
        await client.ConnectAsync();
        var lost = MqttTestClients.WaitForStateAsync(client, MqttConnectionState.Reconnecting);
        var stopwatch = Stopwatch.StartNew();

        await BrokerProcess.FreezeAsync(server);
        try
        {
            var change = await lost.WaitAsync(MqttTestClients.Timeout);
            stopwatch.Stop();
            Assert.IsType<TimeoutException>(change.Reason);
            Assert.InRange(stopwatch.Elapsed, keepAlive, 2.5 * keepAlive);
        }
        finally
        {
            await BrokerProcess.ThawAsync(server);
        }

        var back = MqttTestClients.WaitForStateAsync(client, MqttConnectionState.Connected);
        if (!client.IsConnected)
        {
            await back.WaitAsync(MqttTestClients.Timeout);
        }
    }

    [Fact]
    public async Task AutoReconnect_CleanSessionAfterBrokerRestart_RestoresSubscriptions()
    {
        await using var server = await MosquittoServer.StartNewAsync();
        var topic = MqttTestClients.NewTopic();
        await using var subscriber = new MqttClient(Resilient(server).Build(), TestLogger.Create<MqttClient>());
        var collector = new MessageCollector(subscriber);
        await subscriber.ConnectAsync();
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        var lost = MqttTestClients.WaitForStateAsync(subscriber, MqttConnectionState.Reconnecting);
        var back = MqttTestClients.WaitForStateAsync(subscriber, MqttConnectionState.Connected);

        await server.RestartAsync();
        await lost.WaitAsync(MqttTestClients.Timeout);
        await back.WaitAsync(MqttTestClients.Timeout);
        await using var publisher = await MqttTestClients.ConnectAsync(MqttTestClients.Options(server).Build());
        await publisher.PublishAsync(new MqttApplicationMessage(topic, "after"u8.ToArray(), MqttQualityOfService.AtLeastOnce));

        await collector.WaitForCountAsync(1);
    }

    [Fact]
    public async Task ConnectAsync_NoBroker_ThrowsAndStaysDisconnected()
    {
        var server = new MosquittoServer();
        await using var client = new MqttClient(MqttTestClients.Options(server).Build());

        await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync());

        Assert.Equal(MqttConnectionState.Disconnected, client.State);
        await server.DisposeAsync();
    }

    private static MqttClientOptionsBuilder Resilient(MosquittoServer server) =>
        MqttTestClients.Options(server).WithAutoReconnect(true, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(500));

    private static async Task PublishSequenceAsync(MqttClient publisher, string topic, int count, Func<int, Task> beforePublish)
    {
        var acknowledged = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await beforePublish(i);
            var payload = Encoding.ASCII.GetBytes(i.ToString(CultureInfo.InvariantCulture));
            acknowledged.Add(publisher.PublishAsync(new MqttApplicationMessage(topic, payload, MqttQualityOfService.AtLeastOnce)));
        }

        await Task.WhenAll(acknowledged);
    }
}
