using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Whether the pump wear indicator S began, somewhere in the window, to rise faster than before.
/// Wear advances with running hours (and litres, which follow them), so the lost efficiency
/// d = 1 − 1/S = 1 − η/η₀ climbs at a steady pace against the hours run; a flow meter drifting low
/// or a current sensor drifting high lifts S from the day the drift began, on top of whatever wear
/// does. For onsets every <see cref="OnsetStepHours"/>, the slope of d against the running hours
/// after the onset is compared with the slope before it (each side its own line, so a step at the
/// onset is no bend); the most significant upward bend, if over
/// <see cref="SignificanceStandardErrors"/> standard errors, is a drift's. Pure.
/// </summary>
/// <remarks>
/// The test for a change of slope at an unknown point as in <see cref="FlowMeterDrift"/> (Andrews,
/// Econometrica 61(4), 1993), here on the hourly indicator, since the pump rule reads rollups. A
/// drift that began before the window has no onset in it and is not seen here.
/// </remarks>
public static class PumpRiseOnset
{
    /// <summary>A bend is a drift's when it exceeds this many standard errors (many onsets are tried).</summary>
    public const double SignificanceStandardErrors = 3.5;

    /// <summary>Candidate onsets, this many clock hours apart.</summary>
    public const double OnsetStepHours = 12;

    /// <summary>
    /// The share of the indicator's pace since the most significant upward bend that the bend
    /// accounts for (1: flat before, all of the rise since the onset); null without a significant
    /// upward bend or with fewer than <paramref name="minimumHoursPerSide"/> hours on a side.
    /// </summary>
    /// <param name="hours">Oldest first.</param>
    public static double? BentShare(IReadOnlyList<PumpHour> hours, int minimumHoursPerSide)
    {
        ArgumentNullException.ThrowIfNull(hours);
        // Without the hours run, each hour in the list counts as one.
        var points = new List<(double Hour, double RunHours, double Lost)>(hours.Count);
        for (var i = 0; i < hours.Count; i++)
        {
            if (hours[i].Indicator > 0)
            {
                points.Add((hours[i].Hour, double.IsFinite(hours[i].RunHours) ? hours[i].RunHours : i + 1, 1 - (1 / hours[i].Indicator)));
            }
        }

        if (points.Count < 2 * minimumHoursPerSide)
        {
            return null;
        }

        double? share = null;
        var bestScore = SignificanceStandardErrors;
        for (var onset = points[^1].Hour - OnsetStepHours; onset > points[0].Hour; onset -= OnsetStepHours)
        {
            var before = points.Where(p => p.Hour < onset).ToList();
            var after = points.Where(p => p.Hour >= onset).ToList();
            if (before.Count < minimumHoursPerSide || after.Count < minimumHoursPerSide
                || Slope(before) is not { } old || Slope(after) is not { } recent || !(recent.Rate > 0))
            {
                continue;
            }

            var bend = recent.Rate - old.Rate;
            var score = bend / Math.Sqrt((recent.StandardError * recent.StandardError) + (old.StandardError * old.StandardError));
            if (score > bestScore)
            {
                (share, bestScore) = (bend / recent.Rate, score);
            }
        }

        return share;
    }

    // Least-squares slope of the lost efficiency against the running hours, and its standard error.
    private static (double Rate, double StandardError)? Slope(List<(double Hour, double RunHours, double Lost)> points) =>
        LeastSquaresLine.Fit([.. points.Select(p => p.RunHours)], [.. points.Select(p => p.Lost)]) is { } line ? (line.Slope, line.SlopeStandardError) : null;
}
