namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Screens the pump wear indicator S = η₀/η hour by hour before it is trended. Wear moves S
/// slowly and keeps it within physical bounds (a pump is never better than new by much, and is
/// scrapped well before it wastes half its power), so an hour outside those bounds, or far from
/// the window's median, rests on a faulty current or flow reading: spikes, scaling, drift. A
/// suspect hour in the newest <see cref="RecentHours"/> makes the evaluation unknown (the sensor
/// is faulty now); older suspect hours are dropped so a fault that has passed does not bend the
/// trend. Pure.
/// </summary>
/// <remarks>
/// Median/MAD-style outlier screening of a residual (Hampel identifier; Pearson, "Outliers in
/// process modeling and identification", IEEE TCST 10(1), 2002) on the physics-based indicator.
/// </remarks>
public static class PumpIndicatorScreen
{
    /// <summary>How recent a suspect hour must be to make the sensor suspect now.</summary>
    public const double RecentHours = 48;

    /// <summary>ln S more than this from the window's median: wear moves ln S by under 0.2 in a 14-day window even on the fastest pumps.</summary>
    public const double MaximumLogDeviation = 0.25;

    /// <summary>S below this is a pump better than new.</summary>
    public const double MinimumIndicator = 0.8;

    /// <summary>S above this many times its end-of-life value is not a running pump's efficiency.</summary>
    public const double MaximumIndicatorOverEndOfLife = 1.4;

    /// <summary>
    /// Removes suspect old hours (oldest first); false when a recent hour is suspect.
    /// </summary>
    public static bool Clean(List<PumpHour> hours, PredictorOptions options)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(options);
        if (hours.Count == 0)
        {
            return true;
        }

        var sorted = hours.Select(h => h.Indicator).Where(double.IsFinite).Order().ToArray();
        var median = sorted.Length == 0 ? double.NaN : Math.Log(sorted[sorted.Length / 2]);
        var maximum = MaximumIndicatorOverEndOfLife / (1 - options.Pump.EndOfLifeDegradation);
        for (var i = hours.Count - 1; i >= 0; i--)
        {
            var s = hours[i].Indicator;
            var suspect = !(s >= MinimumIndicator && s <= maximum) || !(Math.Abs(Math.Log(s) - median) <= MaximumLogDeviation);
            if (!suspect)
            {
                continue;
            }

            if (-hours[i].Hour <= RecentHours)
            {
                return false;
            }

            hours.RemoveAt(i);
        }

        return true;
    }
}
