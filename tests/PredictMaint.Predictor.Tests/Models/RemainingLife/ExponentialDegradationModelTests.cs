using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Tests.Models.RemainingLife;

public sealed class ExponentialDegradationModelTests
{
    [Fact]
    public void Estimate_ExactExponential_RecoversRemainingLifeWithinFivePercent()
    {
        // S(t) = 0.5 + e^{0.1 + 0.02 t}; D = 10 is reached at t = (ln 9.5 − 0.1) / 0.02 ≈ 107.6.
        var times = Enumerable.Range(0, 60).Select(t => (double)t).ToArray();
        var signal = times.Select(t => 0.5 + Math.Exp(0.1 + (0.02 * t))).ToArray();
        var vague = new ExponentialDegradationPrior(0, 0.01, 10, 1, 0, NoiseStd: 0.01, Offset: 0.5);
        var estimate = ExponentialDegradationModel.Estimate(times, signal, now: 59, threshold: 10, vague);
        var truth = ((Math.Log(9.5) - 0.1) / 0.02) - 59;
        Assert.InRange(estimate.Median, truth * 0.95, truth * 1.05);
        Assert.True(estimate.Lower <= estimate.Median && estimate.Median <= estimate.Upper);
    }

    [Fact]
    public void Estimate_FleetSimulatedFromThePrior_NinetyPercentIntervalsCoverNominally()
    {
        var prior = new ExponentialDegradationPrior(MeanTheta: 0, MeanBeta: 0.03, VarianceTheta: 0.04, VarianceBeta: 0.00004, Covariance: 0, NoiseStd: 0.1);
        var random = new Random(21);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        int covered = 0, units = 400;
        for (var unit = 0; unit < units; unit++)
        {
            var theta = prior.MeanTheta + (Math.Sqrt(prior.VarianceTheta) * Gaussian());
            var beta = prior.MeanBeta + (Math.Sqrt(prior.VarianceBeta) * Gaussian());
            var times = Enumerable.Range(0, 30).Select(t => (double)t).ToArray();
            var signal = times.Select(t => Math.Exp(theta + (beta * t) + (prior.NoiseStd * Gaussian()))).ToArray();
            var failure = (Math.Log(20) - theta) / beta;
            var estimate = ExponentialDegradationModel.Estimate(times, signal, now: 29, threshold: 20, prior, confidence: 0.9);
            covered += failure - 29 >= estimate.Lower && failure - 29 <= estimate.Upper ? 1 : 0;
        }

        Assert.InRange(covered / (double)units, 0.85, 0.95);
    }
}
