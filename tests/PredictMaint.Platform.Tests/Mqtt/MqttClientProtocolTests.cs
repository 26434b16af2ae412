using PredictMaint.Platform.Mqtt;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Client behaviour towards a misbehaving or refusing broker, played by <see cref="ScriptedBroker"/>.</summary>
public sealed class MqttClientProtocolTests
{
    private static readonly byte[] ConnAckAccepted = [0x20, 0x02, 0x00, 0x00];

    [Fact]
    public async Task SubscribeAsync_BrokerReturnsFailureCode_ThrowsSubscribeException()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker).Build());
        var connecting = client.ConnectAsync();
        using var peer = await AcceptConnectAsync(broker);
        await connecting;

        var subscribing = client.SubscribeAsync("secret/#", MqttQualityOfService.AtLeastOnce);
        var subscribe = Assert.IsType<MqttSubscribePacket>(await peer.ReadPacketAsync());
        await peer.WriteAsync(0x90, 0x03, (byte)(subscribe.PacketId >> 8), (byte)subscribe.PacketId, 0x80);

        var error = await Assert.ThrowsAsync<MqttSubscribeException>(() => subscribing);
        Assert.Equal("secret/#", error.TopicFilter);
        Assert.True(client.IsConnected);
    }

    [Theory]
    [InlineData(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })]
    [InlineData(new byte[] { 0x90, 0x03, 0x00, 0x01, 0x07 })]
    [InlineData(new byte[] { 0x62, 0x02, 0x00, 0x01 })]
    public async Task ReceiveLoop_MalformedOrOversizedPacket_ClosesWithProtocolErrorAndReconnects(byte[] bad)
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker).WithMaxPacketSize(64 * 1024)
            .WithAutoReconnect(true, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50)).Build());
        var lost = MqttTestClients.WaitForStateAsync(client, MqttConnectionState.Reconnecting);
        var connecting = client.ConnectAsync();
        using var first = await AcceptConnectAsync(broker);
        await connecting;

        await first.WriteAsync(bad);

        var change = await lost.WaitAsync(MqttTestClients.Timeout);
        Assert.IsType<MqttProtocolException>(change.Reason);
        await first.WaitForCloseAsync();
        var back = MqttTestClients.WaitForStateAsync(client, MqttConnectionState.Connected);
        using var second = await AcceptConnectAsync(broker);
        await back.WaitAsync(MqttTestClients.Timeout);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PublishAsync_ConnectionLostBeforePubAck_ResentInOrderAfterReconnect(bool sessionPresent)
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker).WithCleanSession(false)
            .WithAutoReconnect(true, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50)).Build());
        var connecting = client.ConnectAsync();
        var first = await AcceptConnectAsync(broker);
        await connecting;
        var publishes = Enumerable.Range(0, 3)
            .Select(i => client.PublishAsync(new MqttApplicationMessage("t", new[] { (byte)i }, MqttQualityOfService.AtLeastOnce)))
            .ToList();
        var sent = new List<MqttPublishPacket>();
        for (var i = 0; i < 3; i++)
        {
            sent.Add(Assert.IsType<MqttPublishPacket>(await first.ReadPacketAsync()));
        }

        first.Dispose();
        using var second = await broker.AcceptAsync();
        Assert.IsType<MqttConnectPacket>(await second.ReadPacketAsync());
        await second.WriteAsync(0x20, 0x02, sessionPresent ? (byte)1 : (byte)0, 0x00);
        var resent = new List<MqttPublishPacket>();
        for (var i = 0; i < 3; i++)
        {
            resent.Add(Assert.IsType<MqttPublishPacket>(await second.ReadPacketAsync()));
        }

        Assert.All(publishes, p => Assert.False(p.IsCompleted));
        Assert.Equal(sent.Select(p => p.PacketId), resent.Select(p => p.PacketId));
        Assert.Equal(sent.Select(p => p.Payload.Span[0]), resent.Select(p => p.Payload.Span[0]));
        Assert.All(sent, p => Assert.False(p.Duplicate));
        Assert.All(resent, p => Assert.Equal(sessionPresent, p.Duplicate));
        foreach (var packet in resent)
        {
            await second.WriteAsync(0x40, 0x02, (byte)(packet.PacketId >> 8), (byte)packet.PacketId);
        }

        await Task.WhenAll(publishes).WaitAsync(MqttTestClients.Timeout);
        Assert.Equal(0, client.OutgoingInFlightCount);
    }

    [Fact]
    public async Task PublishAsync_WindowFull_WaitsForPubAckThenSendsNext()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker).WithMaxOutgoingInFlight(2).Build());
        var connecting = client.ConnectAsync();
        using var peer = await AcceptConnectAsync(broker);
        await connecting;

        var publishes = Enumerable.Range(0, 3)
            .Select(i => client.PublishAsync(new MqttApplicationMessage("t", new[] { (byte)i }, MqttQualityOfService.AtLeastOnce)))
            .ToList();
        var first = Assert.IsType<MqttPublishPacket>(await peer.ReadPacketAsync());
        Assert.IsType<MqttPublishPacket>(await peer.ReadPacketAsync());

        // A SUBSCRIBE sent now overtakes the third publish, which waits for a free slot.
        var subscribing = client.SubscribeAsync("probe", MqttQualityOfService.AtMostOnce);
        var probe = Assert.IsType<MqttSubscribePacket>(await peer.ReadPacketAsync());
        await peer.WriteAsync(0x90, 0x03, (byte)(probe.PacketId >> 8), (byte)probe.PacketId, 0x00);
        await subscribing.WaitAsync(MqttTestClients.Timeout);
        Assert.Equal(2, client.OutgoingInFlightCount);

        await peer.WriteAsync(0x40, 0x02, (byte)(first.PacketId >> 8), (byte)first.PacketId);
        var third = Assert.IsType<MqttPublishPacket>(await peer.ReadPacketAsync());

        Assert.Equal(2, third.Payload.Span[0]);
        await publishes[0].WaitAsync(MqttTestClients.Timeout);
        Assert.False(publishes[2].IsCompleted);
    }

    [Fact]
    public async Task ConnectAsync_NoConnAck_ThrowsTimeoutAfterConnectTimeout()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient(Options(broker).WithConnectTimeout(TimeSpan.FromMilliseconds(300)).Build());
        var connecting = client.ConnectAsync();
        using var peer = await broker.AcceptAsync();

        await Assert.ThrowsAsync<TimeoutException>(() => connecting);
        Assert.Equal(MqttConnectionState.Disconnected, client.State);
    }

    [Fact]
    public async Task ConnectAsync_SendsConfiguredConnectPacket()
    {
        await using var broker = new ScriptedBroker();
        var will = new MqttApplicationMessage("s/status", "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce, true);
        await using var client = new MqttClient(Options(broker).WithClientId("dev-1").WithCredentials("u", "p")
            .WithCleanSession(false).WithKeepAlive(TimeSpan.FromSeconds(42)).WithWill(will).Build());
        var connecting = client.ConnectAsync();
        using var peer = await broker.AcceptAsync();

        var connect = Assert.IsType<MqttConnectPacket>(await peer.ReadPacketAsync());
        await peer.WriteAsync(0x20, 0x02, 0x01, 0x00);

        Assert.Equal(("dev-1", "u", "p", false, (ushort)42), (connect.ClientId, connect.Username, connect.Password, connect.CleanSession, connect.KeepAliveSeconds));
        Assert.Equal(("s/status", true), (connect.Will!.Topic, connect.Will.Retain));
        Assert.True((await connecting).SessionPresent);
    }

    private static MqttClientOptionsBuilder Options(ScriptedBroker broker) =>
        new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithClientId("scripted").WithConnectTimeout(TimeSpan.FromSeconds(5));

    private static async Task<ScriptedBroker.Peer> AcceptConnectAsync(ScriptedBroker broker)
    {
        var peer = await broker.AcceptAsync();
        Assert.IsType<MqttConnectPacket>(await peer.ReadPacketAsync());
        await peer.WriteAsync(ConnAckAccepted);
        return peer;
    }
}
