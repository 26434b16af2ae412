using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// One telemetry publish from a device: a batch of samples with a per-device sequence number
/// that increases by one per message, so ingest can detect gaps and duplicates.
/// </summary>
public sealed record TelemetryMessage
{
    public const int CurrentSchemaVersion = 1;

    [JsonPropertyName("v")]
    public required int SchemaVersion { get; init; }

    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("device")]
    public required string DeviceId { get; init; }

    /// <summary>Equipment model, e.g. <c>aqua-200</c>; becomes the InfluxDB <c>model</c> tag.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    [JsonPropertyName("seq")]
    public required long Sequence { get; init; }

    [JsonPropertyName("samples")]
    public required IReadOnlyList<TelemetrySample> Samples { get; init; }
}
