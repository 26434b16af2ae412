using System.Collections.Concurrent;
using System.Text.Json;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

public sealed class PooledFleetRunnerTests : IAsyncLifetime
{
    private MosquittoServer _broker = null!;

    public async Task InitializeAsync() => _broker = await MosquittoServer.StartNewAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task RunAsync_ManyDevicesOverFewConnections_EachDeviceKeepsItsTopicAndSequence()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var received = new ConcurrentQueue<(string Topic, byte[] Payload)>();
        await using var subscriber = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, _broker.Port).WithClientId("pool-test").Build());
        subscriber.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray()));
            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync(timeout.Token);
        await subscriber.SubscribeAsync("pm/v1/+/+/telemetry", MqttQualityOfService.AtLeastOnce, timeout.Token);

        var options = new FleetOptions { Devices = 60, Sites = 6, Duration = TimeSpan.FromDays(1), Seed = 8 };
        var runner = new PooledFleetRunner(options, 4, id => new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, _broker.Port).WithClientId(id), TimeProvider.System);
        var truth = await runner.RunAsync(cancellationToken: timeout.Token);

        // One simulated day at six 10-minute samples per message: 24 messages per device.
        await Eventually.WaitAsync(() => Task.FromResult(received.Count), n => n >= options.Devices * 24, TimeSpan.FromSeconds(30), "all telemetry messages");
        var messages = received.Select(m => (m.Topic, Message: JsonSerializer.Deserialize(m.Payload, ContractsJsonContext.Default.TelemetryMessage)!)).ToArray();
        Assert.Equal(options.Devices * 24, messages.Length);
        Assert.All(messages, m => Assert.Equal(Topics.For(m.Message.SiteId, m.Message.DeviceId, Topics.Telemetry), m.Topic));
        Assert.All(messages.GroupBy(m => m.Message.DeviceId), g => Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), g.Select(m => m.Message.Sequence)));
        Assert.Equal(options.Devices, truth.Devices.Count);
    }
}
