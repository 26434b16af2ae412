using System.Text.Json.Serialization;

namespace PredictMaint.Predictor.Scoring;

/// <summary>Body of ticketing's <c>POST /api/predictions/retractions</c>.</summary>
public sealed record PredictionRetraction
{
    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("device")]
    public required string DeviceId { get; init; }

    [JsonPropertyName("component")]
    public required string Component { get; init; }

    [JsonPropertyName("model_version")]
    public required string ModelVersion { get; init; }

    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    /// <summary>Device time of the evaluation that cleared the condition.</summary>
    [JsonPropertyName("issued_at")]
    public required DateTimeOffset IssuedAt { get; init; }
}
