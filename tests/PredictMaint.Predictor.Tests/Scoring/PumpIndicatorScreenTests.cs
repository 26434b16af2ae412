using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class PumpIndicatorScreenTests
{
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // Ten running hours a day for 14 days up to an hour before the evaluation, S = `indicator(hours ago)`
    // times a little seeded noise (±0.5 %, about what a healthy pump's hourly rollups show).
    private static List<PumpHour> Hours(Func<double, double> indicator)
    {
        var random = new Random(3);
        var hours = new List<PumpHour>();
        for (var day = 13; day >= 0; day--)
        {
            for (var h = 9; h >= 0; h--)
            {
                var age = (day * 24.0) + h + 1;
                var s = indicator(age) * (1 + (0.01 * (random.NextDouble() - 0.5)));
                hours.Add(new PumpHour(-age, s, 1.5, 10, 12));
            }
        }

        return hours;
    }

    [Fact]
    public void Clean_FastWear_KeepsEveryHour()
    {
        // 1.5 % a day, faster than any pump in the fleet wears: every hour is believable.
        var hours = Hours(age => Math.Exp(0.1 + (0.015 * (14 - (age / 24)))));
        Assert.True(PumpIndicatorScreen.Clean(hours, Options));
        Assert.Equal(140, hours.Count);
    }

    [Fact]
    public void Clean_DriftThatJustSnappedBack_Suspect()
    {
        // A current gain that crept up 1.5 % a day for two weeks and stopped three hours ago: the newest
        // hours fall 20 % below the day before, less than the window's spread, but far more than an hour of wear.
        var hours = Hours(age => age <= 3 ? 1.05 : 1.05 * (1 + (0.015 * (14 - (age / 24)))));
        Assert.False(PumpIndicatorScreen.Clean(hours, Options));
    }

    [Fact]
    public void Clean_StepOlderThanTheRecentHours_LeftToTheDailyStepCheck()
    {
        // The same snap back four days ago is no longer the sensor's state now; the rule's daily step
        // check cuts the window there, so the screen keeps the hours.
        var hours = Hours(age => age <= 96 ? 1.05 : 1.05 * (1 + (0.015 * (14 - (age / 24)))));
        Assert.True(PumpIndicatorScreen.Clean(hours, Options));
    }
}
