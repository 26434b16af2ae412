using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

/// <summary>
/// What every fleet runner owes the broker, whatever its connections: each runner's test class
/// derives from this and says how to run a fleet, and xUnit runs these tests once per runner.
/// </summary>
public abstract class FleetPublishingTests : IAsyncLifetime
{
    private MosquittoServer _broker = null!;

    public async Task InitializeAsync() => _broker = await MosquittoServer.StartNewAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task RunAsync_Fleet_EachDeviceSendsEveryMessageInOrderOnItsOwnTopic()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var recorder = await TelemetryRecorder.StartAsync(_broker.Port, timeout.Token);

        // One simulated day at six 10-minute samples per message: 24 messages per device.
        var options = new FleetOptions { Devices = 24, Sites = 4, Duration = TimeSpan.FromDays(1), Seed = 8 };
        var truth = await RunAsync(options, _broker.Port, timeout.Token);

        await recorder.WaitForAsync(options.Devices * 24, TimeSpan.FromSeconds(30));
        var received = recorder.Received;
        Assert.Equal(options.Devices * 24, received.Count);
        Assert.All(received, m => Assert.Equal(Topics.For(m.Message.SiteId, m.Message.DeviceId, Topics.Telemetry), m.Topic));
        Assert.All(received.GroupBy(m => m.Message.DeviceId), g => Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), g.Select(m => m.Message.Sequence)));
        Assert.Equal(options.Devices, truth.Devices.Count);
    }

    [Fact]
    public async Task RunAsync_BrokerRestartsMidRun_EveryDeviceDeliversEverySequenceNumber()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var recorder = await TelemetryRecorder.StartAsync(_broker.Port, timeout.Token);

        // Two simulated days (48 hourly messages per device) paced over about eight seconds.
        var options = new FleetOptions { Devices = 6, Sites = 2, Duration = TimeSpan.FromDays(2), Seed = 11, Speed = TimeSpan.FromDays(2).TotalSeconds / 8 };
        var run = RunAsync(options, _broker.Port, timeout.Token);

        await recorder.WaitForAsync(options.Devices * 5, TimeSpan.FromSeconds(30));
        Assert.False(run.IsCompleted, "the run ended before the broker restarted");
        await _broker.RestartAsync();
        var truth = await run;

        await recorder.WaitForAsync(options.Devices * 48, TimeSpan.FromSeconds(30));
        Assert.Equal(options.Devices * 48L * options.SamplesPerMessage, truth.SamplesPublished);
        var delivered = recorder.Received.Select(m => (m.Message.DeviceId, m.Message.Sequence)).Distinct().ToArray();
        Assert.All(truth.Devices, device => Assert.Equal(
            Enumerable.Range(1, 48).Select(i => (long)i),
            delivered.Where(d => d.DeviceId == device.DeviceId).Select(d => d.Sequence).Order()));
    }

    /// <summary>Plays <paramref name="options"/> through the runner under test, against the broker on <paramref name="port"/>.</summary>
    private protected abstract Task<GroundTruthReport> RunAsync(FleetOptions options, int port, CancellationToken cancellationToken);

    /// <summary>The runners' connection settings for a client id: the test broker.</summary>
    private protected static Func<string, MqttClientOptionsBuilder> Broker(int port) =>
        id => new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, port).WithClientId(id);
}
