using System.Text;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Tests.Mqtt;

public sealed class MqttClientTests : IClassFixture<MosquittoFixture>
{
    private readonly MosquittoFixture _broker;

    public MqttClientTests(MosquittoFixture broker) => _broker = broker;

    [Fact]
    public async Task PublishAsync_QoS1RoundTrip_SubscriberReceivesPayload()
    {
        var topic = MqttTestClients.NewTopic();
        await using var subscriber = await MqttTestClients.ConnectAsync(Options().Build());
        var collector = new MessageCollector(subscriber);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await using var publisher = await MqttTestClients.ConnectAsync(Options().Build());

        await publisher.PublishAsync(Message(topic, "hello"));

        await collector.WaitForCountAsync(1);
        var received = Assert.Single(collector.Received).ApplicationMessage;
        Assert.Equal(topic, received.Topic);
        Assert.Equal("hello", Encoding.UTF8.GetString(received.Payload.Span));
        Assert.Equal(MqttQualityOfService.AtLeastOnce, received.QualityOfService);
        Assert.Equal(0, publisher.OutgoingInFlightCount);
    }

    [Fact]
    public async Task PublishAsync_ManyConcurrentQoS1_AllAcknowledgedAndReceivedInOrder()
    {
        var topic = MqttTestClients.NewTopic();
        await using var subscriber = await MqttTestClients.ConnectAsync(Options().Build());
        var collector = new MessageCollector(subscriber);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await using var publisher = await MqttTestClients.ConnectAsync(Options().WithMaxOutgoingInFlight(10).Build());

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => publisher.PublishAsync(Message(topic, i.ToString("D4")))));

        await collector.WaitForCountAsync(500);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => i.ToString("D4")), collector.Payloads);
    }

    [Fact]
    public async Task ConnectAsync_PersistentSession_KeepsQoS1MessagesWhileOffline()
    {
        var topic = MqttTestClients.NewTopic();
        var options = Options().WithCleanSession(false).Build();
        await using (var first = await MqttTestClients.ConnectAsync(options))
        {
            await first.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
            await first.DisconnectAsync();
        }

        await using (var publisher = await MqttTestClients.ConnectAsync(Options().Build()))
        {
            for (var i = 0; i < 5; i++)
            {
                await publisher.PublishAsync(Message(topic, $"m{i}"));
            }
        }

        await using var subscriber = new MqttClient(options, TestLogger.Create<MqttClient>());
        var collector = new MessageCollector(subscriber);
        var result = await subscriber.ConnectAsync();

        Assert.True(result.SessionPresent);
        await collector.WaitForCountAsync(5);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], collector.Payloads);
    }

    [Fact]
    public async Task ApplicationMessageReceived_NotAcknowledged_RedeliveredAfterReconnect()
    {
        var topic = MqttTestClients.NewTopic();
        var options = Options().WithCleanSession(false).Build();
        await using var publisher = await MqttTestClients.ConnectAsync(Options().Build());
        await using (var first = new MqttClient(options))
        {
            var unacknowledged = new MessageCollector(first, autoAcknowledge: false);
            await first.ConnectAsync();
            await first.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
            await publisher.PublishAsync(Message(topic, "keep-me"));
            await unacknowledged.WaitForCountAsync(1);
            await first.DisconnectAsync();

            // Acknowledging on a later connection must be a harmless no-op.
            await unacknowledged.Received.First().AcknowledgeAsync();
        }

        await using var second = new MqttClient(options);
        var collector = new MessageCollector(second);
        await second.ConnectAsync();

        await collector.WaitForCountAsync(1);
        var redelivered = Assert.Single(collector.Received);
        Assert.Equal("keep-me", Encoding.UTF8.GetString(redelivered.ApplicationMessage.Payload.Span));
        Assert.True(redelivered.IsDuplicate);
    }

    [Fact]
    public async Task AcknowledgeAsync_LaterFromAnotherThread_BrokerDoesNotRedeliver()
    {
        var topic = MqttTestClients.NewTopic();
        var options = Options().WithCleanSession(false).Build();
        await using var publisher = await MqttTestClients.ConnectAsync(Options().Build());
        await using (var first = new MqttClient(options))
        {
            var batch = new MessageCollector(first, autoAcknowledge: false);
            await first.ConnectAsync();
            await first.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
            for (var i = 0; i < 3; i++)
            {
                await publisher.PublishAsync(Message(topic, $"b{i}"));
            }

            await batch.WaitForCountAsync(3);
            await Task.Run(() => Task.WhenAll(batch.Received.Select(e => e.AcknowledgeAsync())));

            // A marker published after the acks proves the acks reached the broker before we leave.
            var marker = MqttTestClients.NewTopic();
            await first.SubscribeAsync(marker, MqttQualityOfService.AtLeastOnce);
            await publisher.PublishAsync(Message(marker, "marker"));
            await batch.WaitForCountAsync(4);
            await batch.Received.Last().AcknowledgeAsync();
            await first.DisconnectAsync();
        }

        await using var second = new MqttClient(options);
        var collector = new MessageCollector(second);
        await second.ConnectAsync();
        await publisher.PublishAsync(Message(topic, "fresh"));

        await collector.WaitForCountAsync(1);
        Assert.Equal(["fresh"], collector.Payloads);
    }

    [Fact]
    public async Task SubscribeAsync_SharedSubscription_SplitsMessagesBetweenMembers()
    {
        var topic = MqttTestClients.NewTopic();
        var filter = $"$share/group1/{topic}";
        await using var a = await MqttTestClients.ConnectAsync(Options().Build());
        await using var b = await MqttTestClients.ConnectAsync(Options().Build());
        var receivedA = new MessageCollector(a);
        var receivedB = new MessageCollector(b);
        var receivedByEither = new MessageCollector([a, b]);
        await a.SubscribeAsync(filter, MqttQualityOfService.AtLeastOnce);
        await b.SubscribeAsync(filter, MqttQualityOfService.AtLeastOnce);
        await using var publisher = await MqttTestClients.ConnectAsync(Options().Build());

        const int count = 100;
        for (var i = 0; i < count; i++)
        {
            await publisher.PublishAsync(Message(topic, i.ToString()));
        }

        await receivedByEither.WaitForCountAsync(count);
        Assert.NotEmpty(receivedA.Received);
        Assert.NotEmpty(receivedB.Received);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i.ToString()).Order(), receivedA.Payloads.Concat(receivedB.Payloads).Order());
    }

    [Fact]
    public async Task PublishAsync_Retained_DeliveredToLateSubscriber()
    {
        var topic = MqttTestClients.NewTopic();
        await using (var publisher = await MqttTestClients.ConnectAsync(Options().Build()))
        {
            await publisher.PublishAsync(Message(topic, "state") with { Retain = true });
        }

        await using var subscriber = await MqttTestClients.ConnectAsync(Options().Build());
        var collector = new MessageCollector(subscriber);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);

        await collector.WaitForCountAsync(1);
        Assert.True(collector.Received.Single().ApplicationMessage.Retain);
    }

    [Fact]
    public async Task UnsubscribeAsync_AfterSubscribe_StopsDelivery()
    {
        var topic = MqttTestClients.NewTopic();
        var marker = MqttTestClients.NewTopic();
        await using var subscriber = await MqttTestClients.ConnectAsync(Options().Build());
        var collector = new MessageCollector(subscriber);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await subscriber.SubscribeAsync(marker, MqttQualityOfService.AtLeastOnce);
        await subscriber.UnsubscribeAsync(topic);
        await using var publisher = await MqttTestClients.ConnectAsync(Options().Build());

        await publisher.PublishAsync(Message(topic, "gone"));
        await publisher.PublishAsync(Message(marker, "marker"));

        await collector.WaitForCountAsync(1);
        Assert.Equal(["marker"], collector.Payloads);
    }

    [Fact]
    public async Task PublishAsync_QoS0_Delivered()
    {
        var topic = MqttTestClients.NewTopic();
        await using var subscriber = await MqttTestClients.ConnectAsync(Options().Build());
        var collector = new MessageCollector(subscriber);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtMostOnce);
        await using var publisher = await MqttTestClients.ConnectAsync(Options().Build());

        await publisher.PublishAsync(new MqttApplicationMessage(topic, "q0"u8.ToArray()));

        await collector.WaitForCountAsync(1);
        Assert.Equal(MqttQualityOfService.AtMostOnce, collector.Received.Single().ApplicationMessage.QualityOfService);
    }

    [Fact]
    public async Task PublishAsync_QoS2_ThrowsNotSupported()
    {
        await using var client = await MqttTestClients.ConnectAsync(Options().Build());

        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            client.PublishAsync(new MqttApplicationMessage("a/b", "x"u8.ToArray(), MqttQualityOfService.ExactlyOnce)));
        Assert.Contains("QoS 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisconnectAsync_Connected_StateDisconnectedAndEventRaised()
    {
        await using var client = new MqttClient(Options().Build());
        var states = new List<MqttConnectionState>();
        client.ConnectionStateChanged += (_, e) => states.Add(e.State);

        await client.ConnectAsync();
        await client.DisconnectAsync();

        Assert.Equal([MqttConnectionState.Connecting, MqttConnectionState.Connected, MqttConnectionState.Disconnected], states);
        Assert.False(client.IsConnected);
    }

    private MqttClientOptionsBuilder Options() => MqttTestClients.Options(_broker.Server);

    private static MqttApplicationMessage Message(string topic, string payload) =>
        new(topic, Encoding.UTF8.GetBytes(payload), MqttQualityOfService.AtLeastOnce);
}
