using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>One bookable visit; <c>start</c>/<c>end</c> in UTC, <c>*_local</c> on the site's clock.</summary>
public sealed record SlotDto
{
    [JsonPropertyName("start")]
    public required DateTimeOffset Start { get; init; }

    [JsonPropertyName("end")]
    public required DateTimeOffset End { get; init; }

    [JsonPropertyName("start_local")]
    public required DateTimeOffset StartLocal { get; init; }

    [JsonPropertyName("end_local")]
    public required DateTimeOffset EndLocal { get; init; }

    [JsonPropertyName("technician_id")]
    public required string TechnicianId { get; init; }

    [JsonPropertyName("depot_id")]
    public required string DepotId { get; init; }

    [JsonPropertyName("part_number")]
    public required string PartNumber { get; init; }

    [JsonPropertyName("late")]
    public required bool Late { get; init; }

    [JsonPropertyName("depot_outside_region")]
    public required bool DepotOutsideRegion { get; init; }

    [JsonPropertyName("explanation")]
    public required string Explanation { get; init; }
}
