namespace PredictMaint.Predictor.Models.FilterTrend;

/// <summary>
/// How long a device takes to filter a given volume, forecast from its own recent usage: the
/// seasonal naïve method — the coming hours repeat the same hours one season earlier — with the
/// season a week when the history covers one (offices idle at weekends), else a day, else the
/// plain mean rate over what there is.
/// </summary>
/// <remarks>
/// Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i> (3rd ed., 2021), §5.2
/// "seasonal naïve method": ŷ(T + h) = y(T + h − m(k + 1)), k the whole seasons in h − 1. Applied
/// to the cumulative volume C(t) (trapezoid integral of the flow): with W = C(T) − C(T − m) the
/// volume of the last season, V litres take ⌊V / W⌋ whole seasons plus the first τ with
/// C(T − m + τ) − C(T − m) ≥ V mod W. Filter clogging advances with volume, not time, so this
/// turns a volume to end of life into hours without reading busy days as the norm.
/// </remarks>
public static class SeasonalUsageForecast
{
    public const double WeekHours = 168;
    public const double DayHours = 24;

    /// <param name="hours">Sample times in hours (any origin), ascending.</param>
    /// <param name="flowLitresPerMinute">Flow at each sample; non-finite counts as no flow.</param>
    /// <param name="litres">Volume still to filter.</param>
    /// <returns>Hours from the newest sample; 0 for no volume, +∞ when the history filtered nothing.</returns>
    public static double HoursToFilter(ReadOnlySpan<double> hours, ReadOnlySpan<double> flowLitresPerMinute, double litres)
    {
        if (hours.Length != flowLitresPerMinute.Length)
        {
            throw new ArgumentException("Times and flows must have the same length.", nameof(flowLitresPerMinute));
        }

        if (!(litres > 0))
        {
            return 0;
        }

        var n = hours.Length;
        if (n < 2)
        {
            return double.PositiveInfinity;
        }

        var cumulative = new double[n];
        for (var i = 1; i < n; i++)
        {
            cumulative[i] = cumulative[i - 1] + (0.5 * (Flow(flowLitresPerMinute[i]) + Flow(flowLitresPerMinute[i - 1])) * (hours[i] - hours[i - 1]) * 60);
        }

        var span = hours[n - 1] - hours[0];
        var season = span >= WeekHours ? WeekHours : span >= DayHours ? DayHours : span;
        var seasonStart = hours[n - 1] - season;
        var atStart = VolumeAt(hours, cumulative, seasonStart);
        var perSeason = cumulative[n - 1] - atStart;
        if (!(perSeason > 0))
        {
            return double.PositiveInfinity;
        }

        var wholeSeasons = Math.Floor(litres / perSeason);
        var rest = litres - (wholeSeasons * perSeason);
        return (wholeSeasons * season) + (TimeToFilter(hours, cumulative, seasonStart, atStart, rest) - seasonStart);
    }

    private static double Flow(double value) => double.IsFinite(value) && value > 0 ? value : 0;

    // C(t) by linear interpolation between samples (t inside the history).
    private static double VolumeAt(ReadOnlySpan<double> hours, double[] cumulative, double t)
    {
        var i = 1;
        while (i < hours.Length - 1 && hours[i] < t)
        {
            i++;
        }

        var width = hours[i] - hours[i - 1];
        var share = width > 0 ? Math.Clamp((t - hours[i - 1]) / width, 0, 1) : 1;
        return cumulative[i - 1] + (share * (cumulative[i] - cumulative[i - 1]));
    }

    // First time t ≥ from with C(t) − C(from) ≥ litres (litres below the season's volume).
    private static double TimeToFilter(ReadOnlySpan<double> hours, double[] cumulative, double from, double atFrom, double litres)
    {
        var target = atFrom + litres;
        for (var i = 1; i < hours.Length; i++)
        {
            if (hours[i] <= from || cumulative[i] < target)
            {
                continue;
            }

            var left = Math.Max(from, hours[i - 1]);
            var leftVolume = Math.Max(atFrom, cumulative[i - 1]);
            var rise = cumulative[i] - leftVolume;
            return rise > 0 ? left + ((hours[i] - left) * (target - leftVolume) / rise) : left;
        }

        return hours[^1];
    }
}
