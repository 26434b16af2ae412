using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Tests.Models.RemainingLife;

public sealed class ConformalIntervalsTests
{
    // A biased, heteroscedastic estimator: truth = 1.1·ŷ + noise with σ growing with ŷ, the shape
    // of a remaining-life regressor whose errors grow with the life still to go.
    private static (double[] Predicted, double[] Truth) Simulate(int count, int seed)
    {
        var random = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var predicted = Enumerable.Range(0, count).Select(_ => 5 + (120 * random.NextDouble())).ToArray();
        var truth = predicted.Select(p => Math.Max(0, (1.1 * p) + ((2 + (0.15 * p)) * Gaussian()))).ToArray();
        return (predicted, truth);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(0.9)]
    [InlineData(0.95)]
    public void Interval_FreshSimulatedData_CoverageNearNominal(double confidence)
    {
        var (calibrationPredicted, calibrationTruth) = Simulate(4000, 1);
        var intervals = ConformalIntervals.Fit(calibrationPredicted, calibrationTruth, confidence);
        var (predicted, truth) = Simulate(20000, 2);

        var coverage = ConformalIntervals.Coverage(truth, predicted.Select(intervals.Interval).ToArray());

        // Binomial standard error at n = 20,000 is below 0.003; conformal adds at most 1/(n_band + 1).
        Assert.InRange(coverage, confidence - 0.015, confidence + 0.015);
    }

    [Fact]
    public void Interval_ErrorsGrowWithPrediction_WiderBandsForLongerLife()
    {
        var (predicted, truth) = Simulate(4000, 3);
        var intervals = ConformalIntervals.Fit(predicted, truth, 0.9);
        var shortLife = intervals.Interval(10);
        var longLife = intervals.Interval(110);
        Assert.True(longLife.Upper - longLife.Lower > 2 * (shortLife.Upper - shortLife.Lower));
        Assert.Equal(0.9, longLife.Confidence);
        Assert.Equal(110, longLife.Median);
    }

    [Fact]
    public void Fit_ExactPredictor_ZeroWidthIntervals()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        var interval = ConformalIntervals.Fit(values, values, 0.9, bands: 2).Interval(4);
        Assert.Equal((4.0, 4.0), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void Fit_MismatchedLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => ConformalIntervals.Fit([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3], 0.9));
}
