using System.Text.Json.Serialization;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>
/// One device's truth: when (if at all inside the run) its filter first reached end of life, and,
/// per component, every failure or the censoring, every injected fault and every maintenance visit.
/// </summary>
internal sealed record DeviceTruth
{
    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("device")]
    public required string DeviceId { get; init; }

    [JsonPropertyName("model")]
    public required string Model { get; init; }

    [JsonPropertyName("profile")]
    public required string Profile { get; init; }

    /// <summary>Null when the filter was still inside its life at the end of the run.</summary>
    [JsonPropertyName("filter_end_of_life_at")]
    public DateTimeOffset? FilterEndOfLifeAt { get; init; }

    [JsonPropertyName("filter_end_of_life_litres")]
    public required double FilterEndOfLifeLitres { get; init; }

    [JsonPropertyName("filtered_litres_at_end")]
    public required double FilteredLitresAtEnd { get; init; }

    [JsonPropertyName("time_zone")]
    public string? TimeZone { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<ComponentTruth> Components { get; init; } = [];

    [JsonPropertyName("faults")]
    public IReadOnlyList<FaultTruth> Faults { get; init; } = [];

    [JsonPropertyName("maintenance")]
    public IReadOnlyList<MaintenanceTruth> Maintenance { get; init; } = [];
}
