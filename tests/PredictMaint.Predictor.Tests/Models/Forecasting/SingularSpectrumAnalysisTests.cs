using PredictMaint.Predictor.Models.Forecasting;

namespace PredictMaint.Predictor.Tests.Models.Forecasting;

public sealed class SingularSpectrumAnalysisTests
{
    private static double Signal(int t) => (2 * Math.Sin(2 * Math.PI * t / 20)) + Math.Cos(2 * Math.PI * t / 7);

    [Fact]
    public void Fit_SumOfTwoSinusoids_SelectsRankFourAndReconstructsExactly()
    {
        var series = Enumerable.Range(0, 200).Select(Signal).ToArray();
        var ssa = SingularSpectrumAnalysis.Fit(series, windowLength: 40);
        Assert.Equal(4, ssa.Rank);
        Assert.All(Enumerable.Range(0, 200), t => Assert.Equal(series[t], ssa.Reconstruction[t], 8));
    }

    [Fact]
    public void Forecast_SumOfTwoSinusoids_ContinuesTheSignal()
    {
        var ssa = SingularSpectrumAnalysis.Fit(Enumerable.Range(0, 200).Select(Signal).ToArray(), windowLength: 40, rank: 4);
        var forecast = ssa.Forecast(horizon: 50);
        Assert.All(Enumerable.Range(0, 50), h => Assert.Equal(Signal(200 + h), forecast.Values[h], 6));
    }

    [Fact]
    public void Forecast_NoisySinusoids_BoundsCoverNominalShareOfFutureNoise()
    {
        var random = new Random(11);
        double Noise() => 0.3 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        int inside = 0, total = 0;
        for (var trial = 0; trial < 40; trial++)
        {
            var offset = trial * 13;
            var series = Enumerable.Range(offset, 240).Select(t => Signal(t) + Noise()).ToArray();
            var forecast = SingularSpectrumAnalysis.Fit(series, windowLength: 60, rank: 4).Forecast(horizon: 10, confidence: 0.9);
            for (var h = 0; h < 10; h++)
            {
                var actual = Signal(offset + 240 + h) + Noise();
                inside += actual >= forecast.Lower[h] && actual <= forecast.Upper[h] ? 1 : 0;
                total++;
            }
        }

        Assert.InRange(inside / (double)total, 0.84, 0.97);
    }
}
