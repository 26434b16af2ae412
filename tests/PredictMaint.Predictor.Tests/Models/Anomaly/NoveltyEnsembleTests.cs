using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Tests.Models.Anomaly;

public sealed class NoveltyEnsembleTests
{
    private static double[] SeasonalNoise(int length, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(i => (3 * Math.Sin(2 * Math.PI * i / 50)) + random.NextDouble()).ToArray();
    }

    [Fact]
    public void Scores_SpikeBeyondSeenRange_IsTheHighestScore()
    {
        var series = SeasonalNoise(1500, 7);
        series[1200] = 8;
        var scores = NoveltyEnsemble.Scores(series, learningRows: 300);
        Assert.Equal(1200, Array.IndexOf(scores, scores.Max()));
        Assert.InRange(scores[1200], 0.5, 1);
    }

    [Fact]
    public void Scores_LearningRows_ScoreZeroAndAllScoresStayBelowOne()
    {
        var series = SeasonalNoise(1000, 8);
        series[100] = 50;
        var scores = NoveltyEnsemble.Scores(series, learningRows: 300);
        Assert.All(scores[..300], s => Assert.Equal(0, s));
        Assert.All(scores, s => Assert.InRange(s, 0, 1));
    }

    [Fact]
    public void Scores_StreamingCausal_ScoresUpToTDoNotDependOnLaterValues()
    {
        var series = SeasonalNoise(1000, 9);
        var truncated = NoveltyEnsemble.Scores(series.AsSpan(0, 700), learningRows: 300);
        series[800] = 100;
        var full = NoveltyEnsemble.Scores(series, learningRows: 300);
        Assert.Equal(truncated, full[..700]);
    }
}
