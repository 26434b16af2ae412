using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// What a prediction was based on, for a person to check it: the health indicator's recent
/// history, the model's forecast of it, and the end-of-life threshold, in one unit. Optional on
/// <see cref="Prediction"/>, so senders without it keep working.
/// </summary>
public sealed record PredictionEvidence
{
    public const int MaxPoints = 500;

    /// <summary>Name of the health indicator, e.g. <c>pressure_drop_at_rated_flow</c>.</summary>
    [JsonPropertyName("indicator")]
    public required string Indicator { get; init; }

    /// <summary>Unit of every value and of the threshold, e.g. <c>kPa</c>.</summary>
    [JsonPropertyName("unit")]
    public required string Unit { get; init; }

    /// <summary>The value at which the component counts as at end of life; null when the model has none.</summary>
    [JsonPropertyName("threshold")]
    public double? Threshold { get; init; }

    /// <summary>Observed indicator, oldest first (device time).</summary>
    [JsonPropertyName("history")]
    public IReadOnlyList<EvidencePoint> History { get; init; } = [];

    /// <summary>The model's expected course of the indicator from the newest observation on.</summary>
    [JsonPropertyName("forecast")]
    public IReadOnlyList<EvidencePoint> Forecast { get; init; } = [];

    /// <summary>Telemetry fields the indicator is computed from (names as in the telemetry payload).</summary>
    [JsonPropertyName("contributing_sensors")]
    public IReadOnlyList<string> ContributingSensors { get; init; } = [];
}
