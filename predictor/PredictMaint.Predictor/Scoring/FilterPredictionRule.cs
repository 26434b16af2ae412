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
    public const string ModelVersion = "filter-trend-0.1";

    /// <summary>Evaluates the window as it stood at its newest sample.</summary>
    public static Prediction? Evaluate(DeviceWindow window, PredictorOptions options) =>
        window.Times.Length == 0 ? null : Evaluate(window, options, window.Times[^1]);

    /// <summary>
    /// Evaluates the window as it stood at device time <paramref name="asOf"/>, seeing only the
    /// samples up to then, so history can be scored exactly as it would have been live.
    /// </summary>
    public static Prediction? Evaluate(DeviceWindow window, PredictorOptions options, DateTimeOffset asOf)
    {
        var n = UpperBound(window.Times, asOf);
        if (n == 0)
        {
            return null;
        }

        var normalised = new double[n];
        var index = new int[n];
        var viscosity = new double[n];
        for (var i = 0; i < n; i++)
        {
            var temperature = window.WaterTemperatureCelsius[i];
            viscosity[i] = double.IsFinite(temperature) ? WaterViscosity.RelativeToReference(temperature) : double.NaN;
        }

        var usable = FilterPressureNormalisation.Normalise(
            window.PressureDropKpa.AsSpan(0, n), window.FlowLitresPerMinute.AsSpan(0, n), viscosity,
            options.RatedFlowLitresPerMinute, options.MinimumFlowFraction, normalised, index);

        var newest = window.Times[n - 1];
        var hoursAgo = new List<double>(usable);
        var values = new List<double>(usable);
        var measured = new List<double>(usable);
        for (var i = 0; i < usable; i++)
        {
            var age = (newest - window.Times[index[i]]).TotalHours;
            if (age <= options.TrendWindow.TotalHours)
            {
                hoursAgo.Add(age);
                values.Add(normalised[i]);
                measured.Add(window.PressureDropKpa[index[i]]);
            }
        }

        // A frozen or out-of-range gauge must never read as a clogged filter: no prediction.
        // Checked on samples at working flow only, where a live sensor always shows noise.
        var limits = new SensorLimits(Minimum: -1, Maximum: 10 * options.EndOfLifePressureDropKpa);
        if (SensorQualityGate.Check(measured.ToArray(), limits) != SensorFault.None)
        {
            return null;
        }

        var estimate = FilterTrendModel.Estimate(hoursAgo.ToArray(), values.ToArray(), options.EndOfLifePressureDropKpa);
        if (estimate is not { } e || e.HoursToThreshold > options.Horizon.TotalHours)
        {
            return null;
        }

        var upperHours = Math.Min(e.HoursToThresholdUpper, options.Horizon.TotalHours * 10);
        var reason = e.HoursToThreshold <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"Filter pressure drop at rated flow is {e.CurrentPressureDropKpa:0.0} kPa, past the {options.EndOfLifePressureDropKpa:0} kPa end-of-life limit.")
            : string.Create(CultureInfo.InvariantCulture, $"Filter pressure drop at rated flow is {e.CurrentPressureDropKpa:0.0} kPa and rising {e.SlopeKpaPerHour * 24:0.0} kPa/day; it reaches the {options.EndOfLifePressureDropKpa:0} kPa end-of-life limit in about {e.HoursToThreshold:0} h.");
        return new Prediction
        {
            SiteId = window.SiteId,
            DeviceId = window.DeviceId,
            Component = Component.Filter,
            IssuedAt = newest,
            PredictedFailureAt = newest.AddHours(e.HoursToThreshold),
            FailureWindowStart = newest.AddHours(e.HoursToThresholdLower),
            FailureWindowEnd = newest.AddHours(Math.Max(upperHours, e.HoursToThreshold)),
            Confidence = Math.Round(e.RSquared, 3),
            ModelVersion = ModelVersion,
            Reason = reason,
            Evidence = FilterEvidence.Build(newest, hoursAgo, values, e, options.EndOfLifePressureDropKpa),
        };
    }

    // Number of samples at or before the given time (times are sorted ascending).
    private static int UpperBound(DateTimeOffset[] times, DateTimeOffset asOf)
    {
        int low = 0, high = times.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (times[mid] <= asOf)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
