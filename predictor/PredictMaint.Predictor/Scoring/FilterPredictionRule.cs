using System.Globalization;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Physics;
using PredictMaint.Predictor.Models.DataQuality;
using PredictMaint.Predictor.Models.FilterTrend;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Decides from one device window whether its filter will reach end of life within the horizon,
/// and phrases the prediction. Pure: device time only, no I/O.
/// </summary>
public static class FilterPredictionRule
{
    public const string ModelVersion = "filter-volume-0.2";

    /// <summary>The fit must span at least this many hours of filtering at rated flow.</summary>
    private const double MinimumSpanRatedHours = 2;

    /// <summary>
    /// Evaluates the window as it stood at device time <paramref name="asOf"/>, seeing only the
    /// samples up to then, so history is scored exactly as it would have been live: selects the
    /// samples to fit, lets <see cref="FilterSensorScreen"/> judge the sensors over them, then
    /// fits. The one entry the service (through <see cref="DeviceScorer"/>) and the tests use.
    /// </summary>
    /// <param name="pumpServicedAt">The pump's last visit, where the flow meter's cross-check against the pump starts.</param>
    public static RuleVerdict Evaluate(DeviceWindow window, PredictorOptions options, DateTimeOffset asOf, DateTimeOffset? pumpServicedAt = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        var count = window.CountUpTo(asOf);
        var fit = count > 0 ? FilterFitSamples.Select(window, count, options) : null;
        return FilterSensorScreen.IsSuspect(window, asOf, options, pumpServicedAt, fit)
            ? RuleVerdict.SensorSuspect
            : RuleVerdict.Of(Predict(window, options, asOf, fit));
    }

    private static Prediction? Predict(DeviceWindow window, PredictorOptions options, DateTimeOffset asOf, FilterFitSamples? fit)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        var n = window.CountUpTo(asOf);
        if (n == 0 || fit is null)
        {
            return null;
        }

        var newest = window.Times[n - 1];

        // A frozen or out-of-range gauge must never read as a clogged filter: no prediction.
        // Checked on samples at working flow only, where a live sensor always shows noise.
        var limits = new SensorLimits(Minimum: -1, Maximum: 10 * options.EndOfLifePressureDropKpa);
        if (SensorQualityGate.Check(fit.MeasuredKpa, limits) != SensorFault.None)
        {
            return null;
        }

        // Clogging advances with the volume filtered, not with time: the trend is fitted against
        // litres, and the device's own weekly usage turns the litres still to go into hours.
        var byVolume = FilterTrendModel.Estimate(fit.LitresAgo, fit.NormalisedKpa, options.EndOfLifePressureDropKpa, minimumSpan: MinimumSpanRatedHours * options.RatedFlowLitresPerMinute * 60);
        if (byVolume is not { } v)
        {
            return null;
        }

        double Hours(double litres) => SeasonalUsageForecast.HoursToFilter(fit.Hours, fit.Flows, litres);
        var litresPerHour = fit.LitresPerHour;
        var e = v with
        {
            SlopeKpaPerUnit = v.SlopeKpaPerUnit * litresPerHour,
            ToThreshold = Hours(v.ToThreshold),
            ToThresholdLower = Hours(v.ToThresholdLower),
            ToThresholdUpper = Hours(v.ToThresholdUpper),
        };
        // Raised when end of life is expected within the horizon, or when it may come within the
        // horizon (the interval's early end) and will come within twice it (the late end): a
        // planner acts on a warning that early, and a confident trend should not wait for its median.
        var horizon = options.Horizon.TotalHours;
        if (!(e.ToThreshold <= horizon) && !(e.ToThresholdLower <= horizon && e.ToThresholdUpper <= 2 * horizon))
        {
            return null;
        }

        var hoursAgo = fit.HoursAgo;
        var values = fit.NormalisedKpa;
        var upperHours = Math.Min(e.ToThresholdUpper, options.Horizon.TotalHours * 10);
        var reason = e.ToThreshold <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"Filter pressure drop at rated flow is {e.CurrentPressureDropKpa:0.0} kPa, past the {options.EndOfLifePressureDropKpa:0} kPa end-of-life limit.")
            : string.Create(CultureInfo.InvariantCulture, $"Filter pressure drop at rated flow is {e.CurrentPressureDropKpa:0.0} kPa and rising {e.SlopeKpaPerUnit * 24:0.0} kPa/day; it reaches the {options.EndOfLifePressureDropKpa:0} kPa end-of-life limit in about {e.ToThreshold:0} h.");
        return new Prediction
        {
            SiteId = window.SiteId,
            DeviceId = window.DeviceId,
            Component = Component.Filter,
            IssuedAt = newest,
            PredictedFailureAt = newest.AddHours(e.ToThreshold),
            // The usage forecast maps litres to hours piecewise; never let rounding put the early end after the median.
            FailureWindowStart = newest.AddHours(Math.Min(e.ToThresholdLower, e.ToThreshold)),
            FailureWindowEnd = newest.AddHours(Math.Max(upperHours, e.ToThreshold)),
            Confidence = Math.Round(e.RSquared, 3),
            ModelVersion = ModelVersion,
            Reason = reason,
            Evidence = FilterEvidence.Build(newest, hoursAgo, values, e, options.EndOfLifePressureDropKpa),
        };
    }
}
