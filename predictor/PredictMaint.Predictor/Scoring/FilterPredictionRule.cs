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
    /// fits. When the flow meter is found drifting against the pump (<see cref="FlowMeterDrift"/>),
    /// the drops are normalised by the flow the pump witnesses instead, and a trend due only by the
    /// meter's word is a sensor fault, not a filter. The one entry the service (through
    /// <see cref="DeviceScorer"/>) and the tests use.
    /// </summary>
    /// <param name="pumpServicedAt">The pump's last visit, where the flow meter's cross-checks against the pump start.</param>
    public static RuleVerdict Evaluate(DeviceWindow window, PredictorOptions options, DateTimeOffset asOf, DateTimeOffset? pumpServicedAt = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        var count = window.CountUpTo(asOf);
        var fit = count > 0 ? FilterFitSamples.Select(window, count, options) : null;
        return FilterSensorScreen.IsSuspect(window, asOf, options, pumpServicedAt, fit)
            ? RuleVerdict.SensorSuspect
            : Predict(window, options, asOf, fit, pumpServicedAt);
    }

    private static RuleVerdict Predict(DeviceWindow window, PredictorOptions options, DateTimeOffset asOf, FilterFitSamples? fit, DateTimeOffset? pumpServicedAt)
    {
        var n = window.CountUpTo(asOf);
        if (n == 0 || fit is null)
        {
            return RuleVerdict.Clear;
        }

        var newest = window.Times[n - 1];

        // A frozen or out-of-range gauge must never read as a clogged filter: no prediction.
        // Checked on samples at working flow only, where a live sensor always shows noise.
        var limits = new SensorLimits(Minimum: -1, Maximum: 10 * options.EndOfLifePressureDropKpa);
        if (SensorQualityGate.Check(fit.MeasuredKpa, limits) != SensorFault.None)
        {
            return RuleVerdict.Clear;
        }

        var values = fit.NormalisedKpa;
        if (Forecast(fit, values, options) is not { } e || !IsDue(e, options))
        {
            return RuleVerdict.Clear;
        }

        // A meter drifting low inflates the drops it normalises: the pump's flow replaces it, and
        // a filter due only by the meter's word is unknown.
        var pumpStart = pumpServicedAt is { } serviced ? Math.Min(window.CountUpTo(serviced), n) : 0;
        var drift = FlowMeterDrift.Find(window, pumpStart, n, options);
        if (drift is { } d)
        {
            values = WithoutDrift(fit, d.RatePerHour, d.SinceHours);
            if (Forecast(fit, values, options) is not { } witnessed || !IsDue(witnessed, options))
            {
                return RuleVerdict.SensorSuspect;
            }

            e = witnessed;
        }

        var upperHours = Math.Min(e.ToThresholdUpper, options.Horizon.TotalHours * 10);
        var reason = e.ToThreshold <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"Filter pressure drop at rated flow is {e.CurrentPressureDropKpa:0.0} kPa, past the {options.EndOfLifePressureDropKpa:0} kPa end-of-life limit.")
            : string.Create(CultureInfo.InvariantCulture, $"Filter pressure drop at rated flow is {e.CurrentPressureDropKpa:0.0} kPa and rising {e.SlopeKpaPerUnit * 24:0.0} kPa/day; it reaches the {options.EndOfLifePressureDropKpa:0} kPa end-of-life limit in about {e.ToThreshold:0} h.");
        if (drift is { } found)
        {
            reason += string.Create(CultureInfo.InvariantCulture,
                $" The flow meter (flow_lpm) drifts {found.RatePerHour * 24:P1}/day against the pump's power (pump_current_a) since {newest.AddHours(-found.SinceHours):yyyy-MM-dd HH:mm}: normalised by the pump's flow.");
        }

        return RuleVerdict.Of(new Prediction
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
            Evidence = FilterEvidence.Build(newest, fit.HoursAgo, values, e, options.EndOfLifePressureDropKpa),
        });
    }

    /// <summary>
    /// The trend of <paramref name="normalisedKpa"/> (one value per fit sample) fitted against the
    /// litres filtered, with the device's own usage turning litres into hours; null without a trend.
    /// </summary>
    private static FilterTrendEstimate? Forecast(FilterFitSamples fit, double[] normalisedKpa, PredictorOptions options)
    {
        // Clogging advances with the volume filtered, not with time: the trend is fitted against
        // litres, and the device's own weekly usage turns the litres still to go into hours.
        var byVolume = FilterTrendModel.Estimate(fit.LitresAgo, normalisedKpa, options.EndOfLifePressureDropKpa, minimumSpan: MinimumSpanRatedHours * options.RatedFlowLitresPerMinute * 60);
        if (byVolume is not { } v)
        {
            return null;
        }

        double Hours(double litres) => SeasonalUsageForecast.HoursToFilter(fit.Hours, fit.Flows, litres);
        return v with
        {
            SlopeKpaPerUnit = v.SlopeKpaPerUnit * fit.LitresPerHour,
            ToThreshold = Hours(v.ToThreshold),
            ToThresholdLower = Hours(v.ToThresholdLower),
            ToThresholdUpper = Hours(v.ToThresholdUpper),
        };
    }

    /// <summary>
    /// Due when end of life is expected within the horizon, or may come within the horizon (the
    /// interval's early end) and will come within twice it (the late end): a planner acts on a
    /// warning that early, and a confident trend should not wait for its median.
    /// </summary>
    private static bool IsDue(FilterTrendEstimate? estimate, PredictorOptions options)
    {
        var horizon = options.Horizon.TotalHours;
        return estimate is { } e && (e.ToThreshold <= horizon || (e.ToThresholdLower <= horizon && e.ToThresholdUpper <= 2 * horizon));
    }

    /// <summary>
    /// The fit's drops as the flow the pump witnesses would normalise them: the meter's gain since
    /// the drift's onset, exp(drift · hours since), taken back out of each.
    /// </summary>
    private static double[] WithoutDrift(FilterFitSamples fit, double driftPerHour, double sinceHours) =>
        [.. fit.NormalisedKpa.Select((kpa, i) => kpa * Math.Exp(driftPerHour * Math.Max(0, sinceHours - fit.HoursAgo[i])))];
}
