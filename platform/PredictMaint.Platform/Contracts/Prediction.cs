using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// The predictor's statement that a component of a device will reach end of life, sent to
/// ticketing (<c>POST /api/predictions</c>). Times are simulated or real device time, never
/// the predictor's wall clock.
/// </summary>
public sealed record Prediction
{
    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("device")]
    public required string DeviceId { get; init; }

    /// <summary>One of <see cref="Contracts.Component"/>.</summary>
    [JsonPropertyName("component")]
    public required string Component { get; init; }

    /// <summary>Device time of the newest data the prediction is based on.</summary>
    [JsonPropertyName("issued_at")]
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Most likely end-of-life time.</summary>
    [JsonPropertyName("predicted_failure_at")]
    public required DateTimeOffset PredictedFailureAt { get; init; }

    /// <summary>Earliest plausible end-of-life time (lower end of the interval).</summary>
    [JsonPropertyName("failure_window_start")]
    public required DateTimeOffset FailureWindowStart { get; init; }

    /// <summary>Latest plausible end-of-life time (upper end of the interval).</summary>
    [JsonPropertyName("failure_window_end")]
    public required DateTimeOffset FailureWindowEnd { get; init; }

    /// <summary>0..1: how sure the model is that the failure happens inside the window.</summary>
    [JsonPropertyName("confidence")]
    public required double Confidence { get; init; }

    [JsonPropertyName("model_version")]
    public required string ModelVersion { get; init; }

    /// <summary>A sentence a planner can read: what was seen and why it matters.</summary>
    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    /// <summary>Optional: the series behind the prediction, drawn for the planner.</summary>
    [JsonPropertyName("evidence")]
    public PredictionEvidence? Evidence { get; init; }
}
