using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>One value of a health indicator at a device time.</summary>
public sealed record EvidencePoint(
    [property: JsonPropertyName("t")] DateTimeOffset Time,
    [property: JsonPropertyName("v")] double Value);
