using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// The prediction the degradation rules (pump, bearing) send once their estimate falls inside the
/// horizon: failure window from the estimate's interval, the open upper end capped at ten horizons.
/// </summary>
public static class DegradationPrediction
{
    /// <returns>Null when the median remaining life is beyond the horizon (or not a number).</returns>
    public static Prediction? Within(
        RemainingLifeEstimate estimate, HourlyFeatures features, string component, DateTimeOffset asOf, PredictorOptions options, string modelVersion, Func<string> reason)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(reason);
        if (!(estimate.Median <= options.Horizon.TotalHours))
        {
            return null;
        }

        var upper = Math.Min(estimate.Upper, options.Horizon.TotalHours * 10);
        return new Prediction
        {
            SiteId = features.SiteId,
            DeviceId = features.DeviceId,
            Component = component,
            IssuedAt = asOf,
            PredictedFailureAt = asOf.AddHours(estimate.Median),
            FailureWindowStart = asOf.AddHours(Math.Min(estimate.Lower, estimate.Median)),
            FailureWindowEnd = asOf.AddHours(Math.Max(upper, estimate.Median)),
            Confidence = estimate.Confidence,
            ModelVersion = modelVersion,
            Reason = reason(),
        };
    }
}
