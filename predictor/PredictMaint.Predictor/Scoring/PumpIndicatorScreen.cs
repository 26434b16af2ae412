namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Screens the pump wear indicator S = η₀/η hour by hour before it is trended. Wear moves S
/// slowly and keeps it within physical bounds (a pump is never better than new by much, and is
/// scrapped well before it wastes half its power), so an hour outside those bounds, or far from
/// the window's median, rests on a faulty current or flow reading: spikes, scaling, drift. A
/// suspect hour in the newest <see cref="RecentHours"/> makes the evaluation unknown (the sensor
/// is faulty now); older suspect hours are dropped so a fault that has passed does not bend the
/// trend. A recent hour is also suspect when it jumps away from the day of hours before it: wear
/// moves S by well under a percent a day, so an hour-to-hour step is a sensor whose fault just
/// began or ended (a drift that stops snaps back at once) — too fresh for the daily step check
/// and, after a long drift, too small against the window's median. Pure.
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
    /// ln S more than this from the median of the preceding <see cref="LocalHours"/>: a healthy
    /// pump's hourly ln S scatters by about 0.01 around its day (sample noise, load mix), and wear
    /// adds under 0.02 a day.
    /// </summary>
    public const double MaximumLocalLogDeviation = 0.1;

    /// <summary>The span of preceding hours a recent hour is compared with.</summary>
    public const double LocalHours = 24;

    /// <summary>Fewest preceding hours for the comparison (a day of a pump that runs a quarter of the time).</summary>
    private const int MinimumLocalHours = 6;

    /// <summary>
    /// Removes suspect old hours (oldest first); false when a recent hour is suspect. <paramref name="hours"/> oldest first.
    /// </summary>
    public static bool Clean(List<PumpHour> hours, PredictorOptions options)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(options);
        if (hours.Count == 0)
        {
            return true;
        }

        if (StepsRecently(hours))
        {
            return false;
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

    /// <summary>True when an hour in the newest <see cref="RecentHours"/> lies more than <see cref="MaximumLocalLogDeviation"/> from the median of the day before it.</summary>
    private static bool StepsRecently(List<PumpHour> hours)
    {
        var preceding = new List<double>();
        for (var i = hours.Count - 1; i >= 0 && -hours[i].Hour <= RecentHours; i--)
        {
            preceding.Clear();
            for (var j = i - 1; j >= 0 && hours[i].Hour - hours[j].Hour <= LocalHours; j--)
            {
                if (double.IsFinite(hours[j].Indicator) && hours[j].Indicator > 0)
                {
                    preceding.Add(Math.Log(hours[j].Indicator));
                }
            }

            if (preceding.Count < MinimumLocalHours || !(hours[i].Indicator > 0))
            {
                continue;
            }

            preceding.Sort();
            if (Math.Abs(Math.Log(hours[i].Indicator) - preceding[preceding.Count / 2]) > MaximumLocalLogDeviation)
            {
                return true;
            }
        }

        return false;
    }
}
