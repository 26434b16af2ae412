using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Predictor.Tests.Scoring.Fixtures;

/// <summary>
/// Publishes a device's telemetry as a purifier would: a sample every 10 minutes at rated flow
/// and 20 °C, twelve samples per message, with a pressure drop (and optionally the bearing's
/// vibration RMS) given as a function of hours since <see cref="Start"/>. Noise is seeded, so every run publishes the same data.
/// </summary>
public static class HandMadeTelemetry
{
    public const int SamplesPerHour = 6;
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> PublishAsync(
        MqttClient client, string deviceId, double fromHours, double toHours, Func<double, double> pressureDropKpa, long firstSequence, int seed,
        Func<double, double>? vibrationRms = null)
    {
        // A healthy bearing by default: ISO 10816 zone B, Gaussian vibration (kurtosis 3).
        vibrationRms ??= _ => 1.4;
        var random = new Random(seed);
        var samples = new List<TelemetrySample>();
        for (var hours = fromHours; hours < toHours; hours += 1.0 / SamplesPerHour)
        {
            samples.Add(new TelemetrySample
            {
                Timestamp = Start.AddHours(hours),
                PressureDropKpa = Math.Round(pressureDropKpa(hours), 3),
                FlowLitresPerMinute = Math.Round(4 + ((random.NextDouble() - 0.5) * 0.1), 3),
                WaterTemperatureCelsius = 20,
                PumpRunning = 1,
                VibrationRmsMillimetresPerSecond = Math.Round(vibrationRms(hours) * (1 + ((random.NextDouble() - 0.5) * 0.1)), 3),
                // Impacts from a spall make the signal impulsive as RMS rises above the healthy 1.4 mm/s.
                VibrationKurtosis = Math.Round(3 + (6 * Math.Max(0, 1 - (1.4 / vibrationRms(hours)))) + ((random.NextDouble() - 0.5) * 0.2), 3),
            });
        }

        var sequence = firstSequence;
        foreach (var chunk in samples.Chunk(12))
        {
            var message = new TelemetryMessage { SchemaVersion = 1, SiteId = "site-1", DeviceId = deviceId, Model = "aqua-400", Sequence = sequence++, Samples = chunk };
            await client.PublishAsync(new MqttApplicationMessage(
                Topics.For("site-1", deviceId, Topics.Telemetry),
                JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage),
                MqttQualityOfService.AtLeastOnce));
        }

        return samples.Count;
    }

    /// <summary>A gauge reading with ±0.5 kPa of seeded noise around <paramref name="level"/>.</summary>
    public static Func<double, double> Noisy(Func<double, double> level, int seed)
    {
        var random = new Random(seed);
        return hours => level(hours) + random.NextDouble() - 0.5;
    }

    public static Task PublishMaintenanceAsync(MqttClient client, string deviceId, DateTimeOffset at, string component, string? topicDevice = null) =>
        client.PublishAsync(new MqttApplicationMessage(
            Topics.For("site-1", topicDevice ?? deviceId, Topics.Events),
            JsonSerializer.SerializeToUtf8Bytes(
                new DeviceEvent
                {
                    SchemaVersion = 1, SiteId = "site-1", DeviceId = deviceId, Timestamp = at, Kind = DeviceEvent.Maintenance,
                    Component = component, Action = DeviceEvent.Replaced, Note = "test visit",
                },
                ContractsJsonContext.Default.DeviceEvent),
            MqttQualityOfService.AtLeastOnce));
}
