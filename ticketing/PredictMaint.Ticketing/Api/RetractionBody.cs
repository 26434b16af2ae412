using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>Body of <c>POST /api/predictions/retractions</c>: the predictor withdraws a prediction.</summary>
public sealed record RetractionBody
{
    [JsonPropertyName("device")]
    public string? DeviceId { get; init; }

    [JsonPropertyName("component")]
    public string? Component { get; init; }

    [JsonPropertyName("model_version")]
    public string? ModelVersion { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
