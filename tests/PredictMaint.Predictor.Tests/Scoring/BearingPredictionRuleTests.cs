using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class BearingPredictionRuleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // Hourly rollups over five days; the pump runs 80 % of every hour (idle minutes read ~0).
    private static HourlyFeatures Features(Func<double, double> rms, Func<double, double> kurtosis)
    {
        var random = new Random(4);
        var hours = Enumerable.Range(0, 120).Select(h => Start.AddHours(h)).ToArray();
        return new HourlyFeatures("s", "d", hours,
            hours.Select((_, h) => 0.8 * rms(h) * (1 + (0.03 * (random.NextDouble() - 0.5)))).ToArray(),
            hours.Select((_, h) => kurtosis(h)).ToArray(),
            hours.Select(_ => 0.8).ToArray());
    }

    // ISO 10816 end of life 4.5 mm/s; RMS doubling every 40 h from 1.4 mm/s at hour 0.
    private static double Worn(double h) => 1.4 * Math.Pow(2, h / 40.0);

    private static double ImpactKurtosis(double h) => 3 + (6 * (1 - (1.4 / Worn(h))));

    [Fact]
    public void Evaluate_ExponentialRiseWithImpacts_PredictsCrossingWithin15Percent()
    {
        var asOf = Start.AddHours(40);
        var prediction = BearingPredictionRule.Evaluate(Features(Worn, ImpactKurtosis), Options, asOf).Prediction!;
        var truth = 40 * Math.Log2(4.5 / 1.4); // hours from 0 to the crossing
        var remaining = (prediction.PredictedFailureAt - asOf).TotalHours;
        Assert.Equal(Component.Bearing, prediction.Component);
        Assert.InRange(remaining, 0.85 * (truth - 40), 1.15 * (truth - 40));
        Assert.True(prediction.FailureWindowStart <= prediction.PredictedFailureAt && prediction.PredictedFailureAt <= prediction.FailureWindowEnd);
        Assert.Contains("vibration_rms_mm_s", prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HealthyBearing_Clear() =>
        Assert.Equal(RuleVerdict.Clear, BearingPredictionRule.Evaluate(Features(_ => 1.4, _ => 3), Options, Start.AddHours(100)));

    [Fact]
    public void Evaluate_RmsRisesWithoutImpacts_NoPrediction() =>
        // Without impacts the bearing is not spalling, whatever a drifting RMS sensor reads.
        Assert.Null(BearingPredictionRule.Evaluate(Features(Worn, _ => 3), Options, Start.AddHours(40)).Prediction);

    [Fact]
    public void Evaluate_RmsStuckOnASpallingBearing_SensorSuspect()
    {
        // The RMS reading freezes over the last 20 hours while the kurtosis still shows impacts.
        var features = Features(Worn, ImpactKurtosis);
        for (var h = 80; h < 100; h++)
        {
            features.VibrationRmsMean[h] = features.VibrationRmsMean[79];
        }

        Assert.Equal(RuleVerdict.SensorSuspect, BearingPredictionRule.Evaluate(features, Options, Start.AddHours(100)));
    }

    [Fact]
    public void Evaluate_OnlyCompleteHoursBeforeAsOf_FutureHoursIgnored()
    {
        // Worn only from hour 60 on: at hour 50 the rule sees a healthy bearing.
        var features = Features(h => h < 60 ? 1.4 : Worn(h), h => h < 60 ? 3 : ImpactKurtosis(h));
        Assert.Null(BearingPredictionRule.Evaluate(features, Options, Start.AddHours(50)).Prediction);
    }
}
