using System.Collections.Concurrent;
using System.Text.Json;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

public sealed class FleetRunnerTests : IAsyncLifetime
{
    private MosquittoServer _broker = null!;

    public async Task InitializeAsync() => _broker = await MosquittoServer.StartNewAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task RunAsync_BrokerRestartsMidRun_EveryDeviceDeliversEverySequenceNumber()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var received = new ConcurrentDictionary<(string Device, long Sequence), bool>();
        // A persistent session the broker keeps (and persists) across its restart, like ingest's.
        await using var subscriber = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, _broker.Port)
            .WithClientId("fleet-restart-test").WithCleanSession(false).WithAutoReconnect(true, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1)).Build());
        subscriber.ApplicationMessageReceivedAsync += e =>
        {
            var message = JsonSerializer.Deserialize(e.ApplicationMessage.Payload.Span, ContractsJsonContext.Default.TelemetryMessage)!;
            received[(message.DeviceId, message.Sequence)] = true;
            return Task.CompletedTask;
        };
        await subscriber.ConnectAsync(timeout.Token);
        await subscriber.SubscribeAsync("pm/v1/+/+/telemetry", MqttQualityOfService.AtLeastOnce, timeout.Token);

        // Two simulated days (48 hourly messages per device) paced over about eight seconds.
        var options = new FleetOptions { Devices = 6, Sites = 2, Duration = TimeSpan.FromDays(2), Seed = 11, Speed = TimeSpan.FromDays(2).TotalSeconds / 8 };
        var runner = new FleetRunner(options, id => new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, _broker.Port).WithClientId(id), TimeProvider.System);
        var run = runner.RunAsync(cancellationToken: timeout.Token);

        await Eventually.WaitAsync(() => Task.FromResult(received.Count), n => n >= options.Devices * 5, TimeSpan.FromSeconds(30), "the first messages");
        await _broker.RestartAsync();
        var truth = await run;

        await Eventually.WaitAsync(() => Task.FromResult(received.Count), n => n >= options.Devices * 48, TimeSpan.FromSeconds(30), "every telemetry message");
        Assert.Equal(options.Devices * 48L * options.SamplesPerMessage, truth.SamplesPublished);
        Assert.All(truth.Devices, device => Assert.Equal(
            Enumerable.Range(1, 48).Select(i => (long)i),
            received.Keys.Where(k => k.Device == device.DeviceId).Select(k => k.Sequence).Order()));
    }
}
