using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Models.FilterTrend;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// The evidence a filter prediction carries: the normalised pressure drop it was fitted on
/// (thinned to a chart's worth of points), the fitted line out to the threshold, and the limit.
/// </summary>
public static class FilterEvidence
{
    /// <summary>Enough for a readable chart; a window holds thousands of samples.</summary>
    public const int MaxHistoryPoints = 120;

    public static PredictionEvidence Build(
        DateTimeOffset newest, IReadOnlyList<double> hoursAgo, IReadOnlyList<double> values, FilterTrendEstimate estimate, double thresholdKpa)
    {
        ArgumentNullException.ThrowIfNull(hoursAgo);
        ArgumentNullException.ThrowIfNull(values);
        var history = new List<EvidencePoint>();
        var step = Math.Max(1, (int)Math.Ceiling(hoursAgo.Count / (double)MaxHistoryPoints));
        for (var i = 0; i < hoursAgo.Count; i += step)
        {
            history.Add(new EvidencePoint(newest.AddHours(-hoursAgo[i]), Math.Round(values[i], 3)));
        }

        history.Sort((a, b) => a.Time.CompareTo(b.Time));
        var forecast = new List<EvidencePoint> { new(newest, Math.Round(estimate.CurrentPressureDropKpa, 3)) };
        if (estimate.ToThreshold > 0 && double.IsFinite(estimate.ToThreshold))
        {
            forecast.Add(new EvidencePoint(newest.AddHours(estimate.ToThreshold), Math.Round(thresholdKpa, 3)));
        }

        return new PredictionEvidence
        {
            Indicator = "pressure_drop_at_rated_flow",
            Unit = "kPa",
            Threshold = thresholdKpa,
            History = history,
            Forecast = forecast,
            ContributingSensors = ["pressure_drop_kpa", "flow_lpm", "water_temp_c"],
        };
    }
}
