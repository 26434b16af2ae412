using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Tests.Models.Regression;

public sealed class LeastSquaresLineTests
{
    [Fact]
    public void Fit_ExactLine_SlopeInterceptAndZeroError()
    {
        double[] x = [1, 2, 3, 4, 5];
        double[] y = [.. x.Select(v => 3 - (0.5 * v))];

        var line = LeastSquaresLine.Fit(x, y)!.Value;

        Assert.Equal(-0.5, line.Slope, 12);
        Assert.Equal(1.5, line.Intercept, 12); // y at x̄ = 3
        Assert.Equal(3, line.MeanX, 12);
        Assert.Equal(0, line.SlopeStandardError, 12);
    }

    [Fact]
    public void Fit_ScatteredPoints_StandardErrorByTheTextbookFormula()
    {
        // Residuals about the fitted line y = 1 + x are +1, −2, +1 at x = 0, 1, 2 (they sum to zero and are orthogonal to x).
        double[] x = [0, 1, 2];
        double[] y = [2, 0, 4];

        var line = LeastSquaresLine.Fit(x, y)!.Value;

        Assert.Equal(1, line.Slope, 12);
        Assert.Equal(Math.Sqrt(6.0 / 1 / 2), line.SlopeStandardError, 12); // Σr² = 6, n − 2 = 1, Σ(x − x̄)² = 2
    }

    [Fact]
    public void Fit_TooFewPointsOrNoSpread_Null()
    {
        Assert.Null(LeastSquaresLine.Fit([1, 2], [1, 2]));
        Assert.Null(LeastSquaresLine.Fit([2, 2, 2], [1, 2, 3]));
    }
}
