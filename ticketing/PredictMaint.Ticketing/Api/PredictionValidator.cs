using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Api;

/// <summary>
/// Checks an incoming prediction. Errors are keyed by the JSON field name so the predictor's
/// developers can see exactly which field to fix.
/// </summary>
public static class PredictionValidator
{
    public const int MaxModelVersionLength = 128;
    public const int MaxReasonLength = 2000;

    private static bool Points(IReadOnlyList<EvidencePoint>? points) =>
        points is { Count: <= PredictionEvidence.MaxPoints } && points.All(p => p is not null && double.IsFinite(p.Value));

    private const string IdRule = "must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'";

    /// <summary>Field name → problems; empty when the prediction is acceptable.</summary>
    public static Dictionary<string, string[]> Validate(Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        var errors = new Dictionary<string, string[]>();
        void Require(bool ok, string field, string problem)
        {
            if (!ok)
            {
                errors[field] = [$"'{field}' {problem}."];
            }
        }

        // The JSON may carry explicit nulls even though the contract's strings are non-nullable.
        Require(prediction.SiteId is not null && Topics.IsValidId(prediction.SiteId), "site", IdRule);
        Require(prediction.DeviceId is not null && Topics.IsValidId(prediction.DeviceId), "device", IdRule);
        Require(
            prediction.Component is not null && Component.IsKnown(prediction.Component),
            "component",
            $"must be one of {Component.Filter}, {Component.Pump}, {Component.Bearing}");
        Require(
            prediction.FailureWindowStart <= prediction.FailureWindowEnd,
            "failure_window_start",
            "must not be after failure_window_end");
        Require(
            prediction.FailureWindowStart <= prediction.PredictedFailureAt && prediction.PredictedFailureAt <= prediction.FailureWindowEnd,
            "predicted_failure_at",
            "must lie between failure_window_start and failure_window_end");
        Require(prediction.Confidence is >= 0 and <= 1, "confidence", "must be between 0 and 1");
        Require(
            !string.IsNullOrWhiteSpace(prediction.ModelVersion) && prediction.ModelVersion.Length <= MaxModelVersionLength,
            "model_version",
            $"must be non-empty and at most {MaxModelVersionLength} characters");
        Require(
            !string.IsNullOrWhiteSpace(prediction.Reason) && prediction.Reason.Length <= MaxReasonLength,
            "reason",
            $"must be non-empty and at most {MaxReasonLength} characters");
        if (prediction.Evidence is { } evidence)
        {
            Require(evidence.Indicator is { Length: > 0 and <= 64 }, "evidence.indicator", "must be 1-64 characters");
            Require(evidence.Unit is { Length: > 0 and <= 16 }, "evidence.unit", "must be 1-16 characters");
            Require(evidence.Threshold is null || double.IsFinite(evidence.Threshold.Value), "evidence.threshold", "must be a finite number");
            Require(Points(evidence.History), "evidence.history", $"must hold at most {PredictionEvidence.MaxPoints} points with finite values");
            Require(Points(evidence.Forecast), "evidence.forecast", $"must hold at most {PredictionEvidence.MaxPoints} points with finite values");
            Require(
                evidence.ContributingSensors is { Count: <= 16 } sensors && sensors.All(s => s is { Length: > 0 and <= 64 }),
                "evidence.contributing_sensors",
                "must hold at most 16 names of 1-64 characters");
        }

        return errors;
    }
}
