using System.ComponentModel.DataAnnotations;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Validation;

/// <summary>
/// Configuration section <c>Ingest:Validation</c>. Defaults suit real devices whose clocks follow
/// NTP: samples up to 30 days old (an edge agent's store-and-forward queue after an outage) and at
/// most 5 minutes ahead. A simulator that plays past time (e.g. January 2026 while the wall clock
/// is later) must widen <see cref="MaxSampleAge"/>, as the demo and the end-to-end test do.
/// </summary>
public sealed class ValidationOptions : IValidatableObject
{
    public const string SectionName = "Ingest:Validation";

    /// <summary>Samples older than this, relative to the service clock, are rejected.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "36500.00:00:00")]
    public TimeSpan MaxSampleAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Samples further ahead of the service clock than this are rejected (a device with a wrong clock).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "36500.00:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Payloads larger than this are rejected before parsing.</summary>
    [Range(64, 16 * 1024 * 1024)]
    public int MaxPayloadBytes { get; set; } = 512 * 1024;

    /// <summary>JSON nesting allowed; the contract needs 3 (message, samples array, sample).</summary>
    [Range(3, 64)]
    public int MaxJsonDepth { get; set; } = 8;

    /// <summary>Samples per message above this are rejected (protects memory and InfluxDB).</summary>
    [Range(1, 100_000)]
    public int MaxSamplesPerMessage { get; set; } = 1000;

    /// <summary>Per-channel plausibility bounds by field name (e.g. <c>Ingest:Validation:Bounds:flow_lpm:Max</c>), over <see cref="ChannelBounds.Defaults"/>.</summary>
    public Dictionary<string, ChannelBounds> Bounds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The effective range of a channel: configured ends over the built-in ones.</summary>
    public (double Min, double Max) RangeOf(string fieldName)
    {
        var (min, max) = ChannelBounds.Defaults.TryGetValue(fieldName, out var builtIn) ? builtIn : (double.MinValue, double.MaxValue);
        return Bounds.TryGetValue(fieldName, out var configured) ? (configured.Min ?? min, configured.Max ?? max) : (min, max);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var name in Bounds.Keys.Where(k => TelemetryChannel.All.All(c => c.FieldName != k)))
        {
            yield return new ValidationResult($"Bounds for unknown channel '{name}'; channels: {string.Join(", ", TelemetryChannel.All.Select(c => c.FieldName))}.", [nameof(Bounds)]);
        }

        foreach (var channel in TelemetryChannel.All)
        {
            var (min, max) = RangeOf(channel.FieldName);
            if (!(min < max))
            {
                yield return new ValidationResult($"Bounds of '{channel.FieldName}': Min ({min}) must be below Max ({max}).", [nameof(Bounds)]);
            }
        }
    }
}
