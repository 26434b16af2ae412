using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Tests.Models.Anomaly;

public sealed class RelativeEntropyTests
{
    private static double[] UniformNoise(int length, int seed, double low, double high)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => low + ((high - low) * random.NextDouble())).ToArray();
    }

    // An alarm is a surprise above −log₁₀ α, α = 0.01 (the default significance).
    private const double Alarm = 2;

    [Fact]
    public void Scores_StationaryNoise_AlarmsAtMostAtSignificanceRate()
    {
        var scores = RelativeEntropy.Scores(UniformNoise(2000, 1, 0, 1), window: 52, reference: 300);

        var alarms = scores.Count(s => s > Alarm);
        Assert.True(alarms <= 17, $"{alarms} of 1700 windows looked novel in stationary noise");
    }

    [Fact]
    public void Scores_VarianceChangeWithSameMean_AlarmsWithinOneWindowThenAdapts()
    {
        // Same mean, the spread halves at row 1000: invisible to a mean test, plain in a histogram.
        var series = UniformNoise(1000, 2, 0, 1).Concat(UniformNoise(1000, 3, 0.25, 0.75)).ToArray();
        var scores = RelativeEntropy.Scores(series, window: 26, reference: 300);

        var firstAlarm = Array.FindIndex(scores, 1000, s => s > Alarm);
        Assert.InRange(firstAlarm, 1000, 1026);

        // Once adopted as a hypothesis, the narrow distribution alarms no more than noise does.
        Assert.True(scores.Skip(1100).Count(s => s > Alarm) <= 9, "the new distribution should become a known hypothesis");
    }

    [Fact]
    public void Scores_LevelBeyondLearnedRange_FallsInOuterBinAndAlarms()
    {
        var series = UniformNoise(600, 4, 0, 1).Concat(Enumerable.Repeat(5.0, 100)).ToArray();
        var scores = RelativeEntropy.Scores(series, window: 26, reference: 300);
        Assert.InRange(Array.FindIndex(scores, 600, s => s > Alarm), 600, 610);
    }
}
