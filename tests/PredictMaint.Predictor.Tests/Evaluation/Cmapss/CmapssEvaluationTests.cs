using PredictMaint.Predictor.Evaluation.Cmapss;
using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Tests.Evaluation.Cmapss;

public sealed class CmapssEvaluationTests
{
    // Regression bound: FD001 with the default model and seed 1 measured RMSE 12.58, score 214.5, coverage 0.90.
    // Tighten as the model improves.
    private const double Fd001RmseBound = 13.0;

    [Fact]
    public void Run_Fd001StandardProtocol_RmseWithinRegressionBound()
    {
        var result = CmapssEvaluation.Run(PublicDatasets.Folder("cmapss"), "FD001", new GradientBoostingOptions());
        Assert.Equal(100, result.Units);
        Assert.Equal(1, result.Regimes);
        Assert.InRange(result.Rmse, 0, Fd001RmseBound);

        // 90 % conformal intervals; measured 0.90. With 100 units the binomial spread is ±0.03.
        Assert.InRange(result.Coverage, 0.82, 0.97);
    }

    [Fact]
    public void NasaScore_LatePredictionCostsMoreThanEarly()
    {
        var late = CmapssMetrics.NasaScore([60], [50]);
        var early = CmapssMetrics.NasaScore([40], [50]);
        Assert.Equal(Math.Exp(1) - 1, late, 12);
        Assert.Equal(Math.Exp(10.0 / 13) - 1, early, 12);
        Assert.True(late > early);
        Assert.Equal(10, CmapssMetrics.Rmse([60, 40], [50, 50]), 12);
    }
}
