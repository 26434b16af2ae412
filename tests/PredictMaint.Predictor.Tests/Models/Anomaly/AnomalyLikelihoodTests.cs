using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Tests.Models.Anomaly;

public sealed class AnomalyLikelihoodTests
{
    [Fact]
    public void Compute_ScoreFarAboveItsHistory_LikelihoodNearOne()
    {
        var random = new Random(1);
        var raw = Enumerable.Range(0, 600).Select(_ => random.NextDouble()).ToArray();
        raw[500] = 10;
        var likelihood = AnomalyLikelihood.Compute(raw, history: 400, recent: 1);
        Assert.True(likelihood[500] > 0.9999);
        Assert.Equal(0.5, likelihood[50]);
        Assert.True(likelihood.Skip(100).Take(400).Average() is > 0.3 and < 0.7);
    }

    [Fact]
    public void WindowedDeviation_StepChange_PeaksAtTheStep()
    {
        var series = Enumerable.Range(0, 300).Select(i => (i < 200 ? 1.0 : 5.0) + (0.01 * Math.Sin(i))).ToArray();
        var scores = WindowedDeviation.Scores(series, window: 50);
        Assert.Equal(200, Array.IndexOf(scores, scores.Max()));
    }
}
