using System.Text.Json;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// Plays a fleet through simulated time and publishes each device's telemetry over its own MQTT
/// connection (QoS 1, retained <c>online</c> status with an <c>offline</c> last will), paced to
/// <see cref="FleetOptions.Speed"/> simulated seconds per real second. Like the edge agent, a
/// device loses nothing the broker did not acknowledge: its connection reconnects on its own
/// (<see cref="Reconnect"/>) and re-sends unacknowledged publishes, and the run waits meanwhile.
/// </summary>
internal sealed class FleetRunner
{
    /// <summary>Reconnect backoff of the simulated devices: short, so a restarted broker is found again quickly.</summary>
    public static readonly (TimeSpan Min, TimeSpan Max) Reconnect = (TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));

    private readonly FleetOptions _options;
    private readonly Func<string, MqttClientOptionsBuilder> _connection;
    private readonly TimeProvider _timeProvider;

    /// <param name="connection">Broker connection settings for a client id (host, port, credentials).</param>
    public FleetRunner(FleetOptions options, Func<string, MqttClientOptionsBuilder> connection, TimeProvider timeProvider)
    {
        options.Validate();
        _options = options;
        _connection = connection;
        _timeProvider = timeProvider;
    }

    public async Task<GroundTruthReport> RunAsync(IProgress<FleetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var devices = FleetPlan.Create(_options).Select(spec => new SimulatedPurifier(spec)).ToArray();
        var clients = await ConnectAllAsync(devices, cancellationToken);
        try
        {
            var (messages, samples) = await PlayAsync(devices, clients, progress, cancellationToken);
            // A clean disconnect suppresses the last will, so say goodbye explicitly.
            await Task.WhenAll(devices.Select((device, i) => GoOfflineAsync(clients[i], device.Spec, cancellationToken)));
            return Report(devices, messages, samples);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private async Task<(long Messages, long Samples)> PlayAsync(
        SimulatedPurifier[] devices, MqttClient[] clients, IProgress<FleetProgress>? progress, CancellationToken cancellationToken)
    {
        long messages = 0, samples = 0;
        var startTimestamp = _timeProvider.GetTimestamp();
        var rounds = (int)Math.Ceiling(_options.Duration / _options.MessageInterval);
        for (var round = 0; round < rounds; round++)
        {
            var roundStart = _options.Start + (_options.MessageInterval * round);
            await Task.WhenAll(devices.Select((device, i) => PublishAsync(clients[i], device, roundStart, cancellationToken)));
            messages += devices.Length;
            samples += devices.Length * (long)_options.SamplesPerMessage;

            var simulatedElapsed = _options.MessageInterval * (round + 1);
            progress?.Report(new FleetProgress(roundStart + _options.MessageInterval, (round + 1) / (double)rounds, messages, samples, devices.Count(d => d.FilterEndOfLifeAt is not null)));
            if (_options.Speed > 0)
            {
                var due = TimeSpan.FromSeconds(simulatedElapsed.TotalSeconds / _options.Speed) - _timeProvider.GetElapsedTime(startTimestamp);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, _timeProvider, cancellationToken);
                }
            }
        }

        return (messages, samples);
    }

    private static async Task GoOfflineAsync(MqttClient client, DeviceSpec spec, CancellationToken cancellationToken)
    {
        var status = Topics.For(spec.SiteId, spec.DeviceId, Topics.Status);
        await client.PublishAsync(new MqttApplicationMessage(status, "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce, Retain: true), cancellationToken);
        await client.DisconnectAsync(cancellationToken);
    }

    private async Task PublishAsync(MqttClient client, SimulatedPurifier device, DateTimeOffset roundStart, CancellationToken cancellationToken)
    {
        var message = device.NextMessage(roundStart, _options.SampleInterval, _options.SamplesPerMessage);
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);
        var topic = Topics.For(message.SiteId, message.DeviceId, Topics.Telemetry);
        await client.PublishAsync(new MqttApplicationMessage(topic, payload, MqttQualityOfService.AtLeastOnce), cancellationToken);
        // Field visits done during this message's samples, published after it (device time order).
        foreach (var visit in device.History.TakeEvents())
        {
            var events = Topics.For(visit.SiteId, visit.DeviceId, Topics.Events);
            var body = JsonSerializer.SerializeToUtf8Bytes(visit, ContractsJsonContext.Default.DeviceEvent);
            await client.PublishAsync(new MqttApplicationMessage(events, body, MqttQualityOfService.AtLeastOnce), cancellationToken);
        }
    }

    private async Task<MqttClient[]> ConnectAllAsync(SimulatedPurifier[] devices, CancellationToken cancellationToken)
    {
        var clients = new MqttClient[devices.Length];
        for (var i = 0; i < devices.Length; i++)
        {
            var spec = devices[i].Spec;
            var status = Topics.For(spec.SiteId, spec.DeviceId, Topics.Status);
            var options = _connection($"sim-{spec.DeviceId}")
                .WithCleanSession(true)
                .WithAutoReconnect(true, Reconnect.Min, Reconnect.Max)
                .WithWill(new MqttApplicationMessage(status, "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce, Retain: true))
                .Build();
            clients[i] = new MqttClient(options, timeProvider: _timeProvider);
            await clients[i].ConnectAsync(cancellationToken);
            await clients[i].PublishAsync(new MqttApplicationMessage(status, "online"u8.ToArray(), MqttQualityOfService.AtLeastOnce, Retain: true), cancellationToken);
        }

        return clients;
    }

    private GroundTruthReport Report(SimulatedPurifier[] devices, long messages, long samples) => new()
    {
        Seed = _options.Seed,
        Start = _options.Start,
        End = _options.End,
        EndOfLifePressureDropKpa = _options.EndOfLifePressureDropKpa,
        MessagesPublished = messages,
        SamplesPublished = samples,
        Devices = devices.Select(d => d.Truth(_options.End)).ToArray(),
    };
}
