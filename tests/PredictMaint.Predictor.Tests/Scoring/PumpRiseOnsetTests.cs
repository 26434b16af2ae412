using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class PumpRiseOnsetTests
{
    // Ten running hours a day for 14 days (day 0 oldest): S = 1 / (1 − d) for the efficiency lost,
    // divided by the flow meter's gain, with ±0.3 % of seeded noise (a healthy pump's hourly scatter).
    private static List<PumpHour> Hours(Func<double, double> lost, Func<double, double>? meterGain = null)
    {
        var random = new Random(12);
        var hours = new List<PumpHour>();
        for (var day = 0; day < 14; day++)
        {
            for (var h = 0; h < 10; h++)
            {
                var t = day + ((8 + h) / 24.0);
                var s = 1 / (1 - lost(t)) / (meterGain ?? (_ => 1))(t) * (1 + (0.006 * (random.NextDouble() - 0.5)));
                hours.Add(new PumpHour((t - 14) * 24, s, 1.5, 10, 12));
            }
        }

        return hours;
    }

    [Fact]
    public void BentShare_SteadyFastWear_None()
    {
        // 1.2 % of efficiency a day from 0.1: S climbs ever faster, but d climbs at one pace.
        Assert.Null(PumpRiseOnset.BentShare(Hours(t => 0.1 + (0.012 * t)), 24));
    }

    [Fact]
    public void BentShare_MeterDriftingLowFromDaySeven_MostOfTheRise()
    {
        // A healthy pump (d = 0.05) whose flow meter reads 2 % a day lower from day 7: flat, then rising.
        var share = PumpRiseOnset.BentShare(Hours(_ => 0.05, t => t < 7 ? 1 : 1 - (0.02 * (t - 7))), 24);
        Assert.NotNull(share);
        Assert.InRange(share.Value, 0.8, 1.2);
    }

    [Fact]
    public void BentShare_DriftOnTopOfSlowWear_TheDriftsShare()
    {
        // Wear at 0.4 % a day all along, a drift of 1.2 % a day added from day 6: about three quarters of the pace since.
        var share = PumpRiseOnset.BentShare(Hours(t => 0.05 + (0.004 * t), t => t < 6 ? 1 : 1 - (0.012 * (t - 6))), 24);
        Assert.NotNull(share);
        Assert.InRange(share.Value, 0.6, 0.9);
    }

    [Fact]
    public void BentShare_DriftOlderThanTheWindow_None()
    {
        // The same drift begun before the window: it climbs at one pace, like wear (the limit of the check).
        Assert.Null(PumpRiseOnset.BentShare(Hours(_ => 0.05, t => 1 - (0.02 * (t + 3))), 24));
    }
}
