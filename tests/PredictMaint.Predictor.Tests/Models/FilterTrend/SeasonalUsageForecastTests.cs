using PredictMaint.Predictor.Models.FilterTrend;

namespace PredictMaint.Predictor.Tests.Models.FilterTrend;

public sealed class SeasonalUsageForecastTests
{
    // Hourly samples ending at hour 0; flow(t) from the hour's position in the history.
    private static (double[] Hours, double[] Flows) History(int hours, Func<int, double> flowAtHour)
    {
        var times = Enumerable.Range(0, hours + 1).Select(i => (double)(i - hours)).ToArray();
        return (times, Enumerable.Range(0, hours + 1).Select(flowAtHour).ToArray());
    }

    [Fact]
    public void HoursToFilter_ConstantFlow_VolumeOverRate()
    {
        var (hours, flows) = History(200, _ => 2.0); // 120 L/h
        Assert.Equal(10, SeasonalUsageForecast.HoursToFilter(hours, flows, 1200), 9);
        Assert.Equal(300, SeasonalUsageForecast.HoursToFilter(hours, flows, 36_000), 9);
    }

    [Fact]
    public void HoursToFilter_IdleWeekendAhead_WaitsForTheWorkingWeek()
    {
        // Eight days ending on a Friday evening: five working days of 10 h at 3 L/min, then two idle days,
        // then the last working day. The history starts at hour −192 (a Thursday evening at 18:00).
        double Flow(int i)
        {
            var hourOfWeek = i % 168; // 0 = Thursday 18:00
            var hourOfDay = (hourOfWeek + 18) % 24;
            var weekend = hourOfWeek >= 30 && hourOfWeek < 78; // Saturday 00:00 to Monday 00:00
            return !weekend && hourOfDay >= 8 && hourOfDay < 18 ? 3.0 : 0.0;
        }

        var (hours, flows) = History(192, Flow);
        // The season repeated from a week ago begins with Friday 18:00 → the weekend: the first
        // working litre comes Monday 08:00 (62 h after Friday 18:00), and 1800 L (10 h at 180 L/h) ends Monday 18:00.
        var toMonday = SeasonalUsageForecast.HoursToFilter(hours, flows, 1800);
        Assert.InRange(toMonday, 71.5, 72.5);
        // A straight line over the last 48 h (Thursday 18:00 to Friday 18:00, 1800 L a day) would say 24 h.
        Assert.True(toMonday > 2 * 24);
    }

    [Fact]
    public void HoursToFilter_ShortHistory_UsesTheDailyCycle()
    {
        // 30 h of history: 12 h on (4 L/min), 12 h off; it ends as an off period begins, so the day
        // replayed starts with 12 h off. 2760 L = 120 (ramp) + 11 h × 240 L: the 23rd hour ahead.
        var (hours, flows) = History(30, i => (i + 6) % 24 < 12 ? 4.0 : 0.0);
        Assert.Equal(23, SeasonalUsageForecast.HoursToFilter(hours, flows, 2760), 9);
        Assert.Equal(11.5, SeasonalUsageForecast.HoursToFilter(hours, flows, 60), 9); // half the 120 L ramp hour
    }

    [Fact]
    public void HoursToFilter_NoVolume_ZeroAndNoUsage_Infinite()
    {
        var (hours, flows) = History(48, _ => 0.0);
        Assert.Equal(0, SeasonalUsageForecast.HoursToFilter(hours, flows, 0));
        Assert.Equal(double.PositiveInfinity, SeasonalUsageForecast.HoursToFilter(hours, flows, 10));
    }
}
