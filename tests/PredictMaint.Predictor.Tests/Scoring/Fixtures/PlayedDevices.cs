using System.Text.Json;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Predictor.Evaluation.Fleet;
using PredictMaint.Predictor.Maintenance;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring.Fixtures;

/// <summary>
/// Some devices of a seeded firmware-sim fleet, played round by round as <c>pm-firmware-sim run</c>
/// publishes them (one message per device and round, then the field visits it reported), while
/// keeping every sample and visit so the in-process evaluation can score the same data.
/// </summary>
internal sealed class PlayedDevices
{
    private readonly FleetOptions _fleet;
    private readonly List<Played> _devices;
    private int _round;

    public PlayedDevices(FleetOptions fleet, params string[] deviceIds)
    {
        _fleet = fleet;
        var specs = FleetPlan.Create(fleet);
        _devices = [.. deviceIds.Select(id => new Played(new SimulatedPurifier(specs.Single(s => s.DeviceId == id))))];
    }

    /// <summary>Visits reported so far, as the predictor's maintenance listener records them.</summary>
    public MaintenanceLog Maintenance { get; } = new();

    /// <summary>Visits published so far to a component the predictor models (the ones its listener counts).</summary>
    public int Visits { get; private set; }

    /// <summary>Telemetry messages published so far.</summary>
    public long Messages { get; private set; }

    /// <summary>Device time up to which data has been published.</summary>
    public DateTimeOffset PlayedUntil => _fleet.Start + (_fleet.MessageInterval * _round);

    public IEnumerable<DeviceSpec> Specs => _devices.Select(d => d.Device.Spec);

    /// <summary>Publishes the next <paramref name="rounds"/> rounds of every device; returns the samples published.</summary>
    public async Task<int> PublishAsync(MqttClient client, int rounds)
    {
        var published = 0;
        for (var end = _round + rounds; _round < end; _round++)
        {
            foreach (var played in _devices)
            {
                var message = played.Device.NextMessage(PlayedUntil, _fleet.SampleInterval, _fleet.SamplesPerMessage);
                played.Samples.AddRange(message.Samples);
                published += message.Samples.Count;
                Messages++;
                await client.PublishAsync(new MqttApplicationMessage(
                    Topics.For(message.SiteId, message.DeviceId, Topics.Telemetry),
                    JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage),
                    MqttQualityOfService.AtLeastOnce));
                foreach (var visit in played.Device.History.TakeEvents())
                {
                    if (visit is { Kind: DeviceEvent.Maintenance, Component: { } component })
                    {
                        Maintenance.Record(visit.SiteId, visit.DeviceId, component, visit.Timestamp);
                        Visits += Component.IsKnown(component) ? 1 : 0;
                    }

                    await client.PublishAsync(new MqttApplicationMessage(
                        Topics.For(visit.SiteId, visit.DeviceId, Topics.Events),
                        JsonSerializer.SerializeToUtf8Bytes(visit, ContractsJsonContext.Default.DeviceEvent),
                        MqttQualityOfService.AtLeastOnce));
                }
            }
        }

        return published;
    }

    /// <summary>The hourly means of what the device published, as <c>eval fleet</c> computes them.</summary>
    public HourlyFeatures Rollups(string deviceId)
    {
        var played = _devices.Single(d => d.Device.Spec.DeviceId == deviceId);
        var samples = played.Samples;
        List<double> Channel(Func<TelemetrySample, double?> read) => [.. samples.Select(s => read(s) ?? double.NaN)];
        return HourlyRollup.Of(played.Device.Spec.SiteId, deviceId, [.. samples.Select(s => s.Timestamp)],
        [
            Channel(s => s.VibrationRmsMillimetresPerSecond), Channel(s => s.VibrationKurtosis), Channel(s => s.PumpRunning), Channel(s => s.PumpCurrentAmps),
            Channel(s => s.FlowLitresPerMinute), Channel(s => s.PressureDropKpa), Channel(s => s.InletPressureKpa), Channel(s => s.OutletPressureKpa),
        ]);
    }

    private sealed record Played(SimulatedPurifier Device)
    {
        public List<TelemetrySample> Samples { get; } = [];
    }
}
