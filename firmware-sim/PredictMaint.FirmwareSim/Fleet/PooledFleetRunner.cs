using System.Globalization;
using System.Text.Json;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// Plays a large fleet over a bounded pool of MQTT connections, the way site gateways carry many
/// devices: device i publishes through connection i mod C, on its own topics and with its own
/// sequence numbers. Each connection keeps up to <see cref="InFlightPerConnection"/> QoS 1
/// publishes outstanding. Devices announce a retained <c>online</c> at the start and <c>offline</c>
/// at the end; the connection's last will (on <c>pm/v1/sim-gateway/gw-NNNN/status</c>) covers a crash.
/// Connections reconnect after a broker restart and re-send what was not acknowledged.
/// </summary>
internal sealed class PooledFleetRunner
{
    public const int InFlightPerConnection = 256;
    private readonly FleetOptions _options;
    private readonly int _connections;
    private readonly Func<string, MqttClientOptionsBuilder> _connection;
    private readonly TimeProvider _timeProvider;
    private long _messages;

    public PooledFleetRunner(FleetOptions options, int connections, Func<string, MqttClientOptionsBuilder> connection, TimeProvider timeProvider)
    {
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(connections, 1);
        (_options, _connections, _connection, _timeProvider) = (options, Math.Min(connections, options.Devices), connection, timeProvider);
    }

    public async Task<GroundTruthReport> RunAsync(IProgress<FleetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var devices = FleetPlan.Create(_options).Select(spec => new SimulatedPurifier(spec)).ToArray();
        var clients = new MqttClient[_connections];
        try
        {
            for (var c = 0; c < clients.Length; c++)
            {
                var gateway = string.Create(CultureInfo.InvariantCulture, $"gw-{c:D4}");
                var will = new MqttApplicationMessage(Topics.For("sim-gateway", gateway, Topics.Status), "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce, Retain: true);
                clients[c] = new MqttClient(_connection($"sim-{gateway}").WithCleanSession(true).WithAutoReconnect(true, FleetRunner.Reconnect.Min, FleetRunner.Reconnect.Max).WithWill(will).WithMaxOutgoingInFlight(InFlightPerConnection).Build(), timeProvider: _timeProvider);
                await clients[c].ConnectAsync(cancellationToken);
            }

            await ForEachConnectionAsync(devices, clients, d => Status(d, "online"u8.ToArray()), cancellationToken);
            var startTimestamp = _timeProvider.GetTimestamp();
            var rounds = (int)Math.Ceiling(_options.Duration / _options.MessageInterval);
            long samples = 0;
            for (var round = 0; round < rounds; round++)
            {
                var roundStart = _options.Start + (_options.MessageInterval * round);
                await ForEachConnectionAsync(devices, clients, d => Telemetry(d, roundStart), cancellationToken);
                samples += devices.Length * (long)_options.SamplesPerMessage;
                progress?.Report(new FleetProgress(roundStart + _options.MessageInterval, (round + 1) / (double)rounds, Interlocked.Read(ref _messages), samples, devices.Count(d => d.FilterEndOfLifeAt is not null)));
                if (_options.Speed > 0)
                {
                    var due = TimeSpan.FromSeconds((_options.MessageInterval * (round + 1)).TotalSeconds / _options.Speed) - _timeProvider.GetElapsedTime(startTimestamp);
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, _timeProvider, cancellationToken);
                    }
                }
            }

            await ForEachConnectionAsync(devices, clients, d => Status(d, "offline"u8.ToArray()), cancellationToken);
            foreach (var client in clients)
            {
                await client.DisconnectAsync(cancellationToken);
            }

            return new GroundTruthReport
            {
                Seed = _options.Seed,
                Start = _options.Start,
                End = _options.End,
                EndOfLifePressureDropKpa = _options.EndOfLifePressureDropKpa,
                MessagesPublished = Interlocked.Read(ref _messages),
                SamplesPublished = samples,
                Devices = devices.Select(d => d.Truth(_options.End)).ToArray(),
            };
        }
        finally
        {
            foreach (var client in clients.Where(c => c is not null))
            {
                await client.DisposeAsync();
            }
        }
    }

    // Every connection walks its own share of the devices in parallel with the others, keeping a
    // sliding window of unacknowledged publishes (a slot frees as soon as any PUBACK arrives).
    private Task ForEachConnectionAsync(SimulatedPurifier[] devices, MqttClient[] clients, Func<SimulatedPurifier, IEnumerable<MqttApplicationMessage>> messages, CancellationToken cancellationToken) =>
        Task.WhenAll(clients.Select((client, c) => Task.Run(async () =>
        {
            using var slots = new SemaphoreSlim(InFlightPerConnection);
            var pending = new List<Task>((devices.Length / clients.Length) + 1);
            for (var i = c; i < devices.Length; i += clients.Length)
            {
                foreach (var message in messages(devices[i]))
                {
                    await slots.WaitAsync(cancellationToken);
                    pending.Add(PublishAsync(client, message, slots, cancellationToken));
                }
            }

            await Task.WhenAll(pending);
        }, cancellationToken)));

    private async Task PublishAsync(MqttClient client, MqttApplicationMessage message, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await client.PublishAsync(message, cancellationToken);
            Interlocked.Increment(ref _messages);
        }
        finally
        {
            slots.Release();
        }
    }

    private static IEnumerable<MqttApplicationMessage> Status(SimulatedPurifier device, byte[] payload)
    {
        yield return new MqttApplicationMessage(Topics.For(device.Spec.SiteId, device.Spec.DeviceId, Topics.Status), payload, MqttQualityOfService.AtLeastOnce, Retain: true);
    }

    private IEnumerable<MqttApplicationMessage> Telemetry(SimulatedPurifier device, DateTimeOffset roundStart)
    {
        var message = device.NextMessage(roundStart, _options.SampleInterval, _options.SamplesPerMessage);
        yield return new MqttApplicationMessage(
            Topics.For(message.SiteId, message.DeviceId, Topics.Telemetry),
            JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage),
            MqttQualityOfService.AtLeastOnce);
        foreach (var visit in device.History.TakeEvents())
        {
            yield return new MqttApplicationMessage(
                Topics.For(visit.SiteId, visit.DeviceId, Topics.Events),
                JsonSerializer.SerializeToUtf8Bytes(visit, ContractsJsonContext.Default.DeviceEvent),
                MqttQualityOfService.AtLeastOnce);
        }
    }
}
