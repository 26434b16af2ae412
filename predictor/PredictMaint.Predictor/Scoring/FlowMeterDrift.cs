using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// The pump as a second flow meter. The motor turns I·U − P₀ into hydraulic power Q·H at its
/// efficiency η, so r = Q·H / (I·U − P₀) follows η, and η moves only by wear, which keeps the pace
/// it had (it grows with running hours and volume, not in jumps of pace). A flow meter whose gain
/// starts to drift multiplies r by that gain from the onset on: ln r bends there. For each
/// candidate onset the bend is the slope of ln r after it minus the slope before it (the pump's own
/// wear); the most significant one is the meter's drift when it exceeds
/// <see cref="SignificanceStandardErrors"/> standard errors. A current sensor starting to drift
/// bends r too (inversely), and a trend resting on either is not the filter's. Pure.
/// </summary>
/// <remarks>
/// Analytical redundancy between process variables (Isermann, <i>Fault-Diagnosis Systems</i>,
/// Springer 2006, ch. 10) with a test for a change of slope at an unknown point, the largest
/// statistic over a grid of candidates (Andrews, Econometrica 61(4), 1993; hence a threshold above
/// the usual one). Why a bend and not a rate limit: a drift of 1–1.5 % a day is as slow as the
/// fastest wear, so no limit on the ratio's rate separates them; the onset does. A drift with less
/// than a day of history before its onset, or older than the whole history read, is not seen here
/// (the rate checks of <see cref="FlowCurrentConsistency"/> see the faster ones).
/// </remarks>
public static class FlowMeterDrift
{
    /// <summary>A bend is a drift when it exceeds this many standard errors: more than for one onset fixed in advance, as the search tries many.</summary>
    public const double SignificanceStandardErrors = 3.5;

    /// <summary>ln r this far from the median of the samples read is a spike or a dropout of one reading, not the pump.</summary>
    private const double MaximumLogDeviation = 0.3;

    /// <summary>Fewest samples for a slope, after a candidate onset and before it.</summary>
    private const int MinimumSamples = 24;

    /// <summary>The history before an onset must cover at least a day to show the pump's own trend.</summary>
    private const double MinimumHistoryHours = 24;

    /// <summary>Onsets searched from this long before the newest sample: a younger drift has not yet moved the trend.</summary>
    private const double MinimumDriftHours = 12;

    /// <summary>Candidate onsets, this far apart.</summary>
    private const double OnsetStepHours = 6;

    /// <summary>
    /// The flow meter's drift in the samples [<paramref name="start"/>, <paramref name="end"/>): its
    /// rate (ln of the gain per hour; negative: reading low) and its onset in hours before the newest
    /// sample. Null when ln r bends nowhere significantly, or too few working samples to tell.
    /// </summary>
    public static (double RatePerHour, double SinceHours)? Find(DeviceWindow window, int start, int end, PredictorOptions options)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        if (window.PumpCurrentAmps.Length == 0 || end - start < 2 * MinimumSamples)
        {
            return null;
        }

        var points = LogRatios(window, start, end, options);
        if (points.Count < 2 * MinimumSamples)
        {
            return null;
        }

        (double RatePerHour, double SinceHours)? best = null;
        var bestScore = SignificanceStandardErrors;
        for (var since = MinimumDriftHours; since <= -points[0].Hour - MinimumHistoryHours; since += OnsetStepHours)
        {
            var onset = -since;
            if (Slope(points.Where(p => p.Hour < onset).ToList()) is { } before && Slope(points.Where(p => p.Hour >= onset).ToList()) is { } after)
            {
                var bend = after.Rate - before.Rate;
                var score = Math.Abs(bend) / Math.Sqrt((after.StandardError * after.StandardError) + (before.StandardError * before.StandardError));
                if (score > bestScore)
                {
                    (best, bestScore) = ((bend, since), score);
                }
            }
        }

        return best;
    }

    // (hours before the newest sample as a negative number, ln r) at working flow, oldest first; spikes and dropouts of one reading left out.
    private static List<(double Hour, double LogRatio)> LogRatios(DeviceWindow window, int start, int end, PredictorOptions options)
    {
        var plate = options.Pump;
        var working = options.RatedFlowLitresPerMinute * options.MinimumFlowFraction;
        var newest = window.Times[end - 1];
        var points = new List<(double Hour, double LogRatio)>();
        for (var i = start; i < end; i++)
        {
            var flow = window.FlowLitresPerMinute[i];
            var shaft = plate.ShaftWatts(window.PumpCurrentAmps[i]);
            var head = plate.MembranePressureKpa + window.PressureDropKpa[i];
            if (flow >= working && shaft > 0 && head > 0)
            {
                points.Add(((window.Times[i] - newest).TotalHours, Math.Log(PumpNameplate.HydraulicWatts(flow, head) / shaft)));
            }
        }

        if (points.Count == 0)
        {
            return points;
        }

        var median = points.Select(p => p.LogRatio).Order().ElementAt(points.Count / 2);
        return points.Where(p => Math.Abs(p.LogRatio - median) <= MaximumLogDeviation).ToList();
    }

    // Least-squares slope of ln r against the hour and its standard error; null with too few samples.
    private static (double Rate, double StandardError)? Slope(List<(double Hour, double LogRatio)> points) =>
        points.Count >= MinimumSamples && LeastSquaresLine.Fit([.. points.Select(p => p.Hour)], [.. points.Select(p => p.LogRatio)]) is { } line
            ? (line.Slope, line.SlopeStandardError)
            : null;
}
