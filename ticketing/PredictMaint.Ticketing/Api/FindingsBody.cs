using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>The technician's findings in a resolve request.</summary>
public sealed record FindingsBody
{
    [JsonPropertyName("part_replaced")]
    public string? PartReplaced { get; init; }

    /// <summary>confirms_prediction or contradicts_prediction.</summary>
    [JsonPropertyName("condition")]
    public string? Condition { get; init; }

    [JsonPropertyName("readings_after_fix")]
    public Dictionary<string, double>? ReadingsAfterFix { get; init; }
}
