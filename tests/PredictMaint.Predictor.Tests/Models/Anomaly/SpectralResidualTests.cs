using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Tests.Models.Anomaly;

public sealed class SpectralResidualTests
{
    private static readonly int[] Spikes = [150, 290, 430];

    private static double[] SeasonalWithSpikes()
    {
        var random = new Random(5);
        var series = Enumerable.Range(0, 512)
            .Select(i => 10 + (3 * Math.Sin(2 * Math.PI * i / 24)) + (0.1 * (random.NextDouble() - 0.5)))
            .ToArray();
        foreach (var spike in Spikes)
        {
            series[spike] += 6;
        }

        return series;
    }

    private static int[] TopIndices(double[] scores, int count) =>
        scores.Select((score, index) => (score, index)).OrderByDescending(p => p.score).Take(count).Select(p => p.index).Order().ToArray();

    [Fact]
    public void BatchScores_InjectedSpikesOnSeasonalSeries_SpikesScoreHighest()
    {
        var scores = SpectralResidual.BatchScores(SeasonalWithSpikes());
        Assert.Equal(Spikes, TopIndices(scores, 3));
    }

    [Fact]
    public void StreamingScores_InjectedSpikesOnSeasonalSeries_SpikesScoreHighestLagRowsLater()
    {
        var scores = SpectralResidual.StreamingScores(SeasonalWithSpikes(), windowSize: 64, lag: 3);
        Assert.Equal(Spikes.Select(s => s + 3), TopIndices(scores, 3));
    }

    [Fact]
    public void StreamingScores_ShortHistory_ScoresZeroAndNeverLooksAhead()
    {
        var series = SeasonalWithSpikes();
        var full = SpectralResidual.StreamingScores(series, windowSize: 64);
        var truncated = SpectralResidual.StreamingScores(series.AsSpan(0, 300), windowSize: 64);
        Assert.All(full.Take(63), score => Assert.Equal(0, score));
        Assert.Equal(full.Take(300), truncated);
    }
}
