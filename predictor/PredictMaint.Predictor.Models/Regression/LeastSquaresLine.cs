namespace PredictMaint.Predictor.Models.Regression;

/// <summary>A straight line y = <see cref="Intercept"/> + <see cref="Slope"/>·(x − <see cref="MeanX"/>) and its slope's standard error.</summary>
public readonly record struct LineFit(double Slope, double SlopeStandardError, double Intercept, double MeanX);

/// <summary>
/// Ordinary least squares of y on one x, with the slope's standard error
/// √(Σ residual² / (n − 2) / Σ (x − x̄)²) (Draper and Smith, <i>Applied Regression Analysis</i>,
/// 3rd ed., Wiley 1998, ch. 1). The predictor's trend and change-of-slope checks all fit this line. Pure.
/// </summary>
public static class LeastSquaresLine
{
    /// <summary>The fit; null with fewer than three points (no error estimate) or when x does not vary.</summary>
    public static LineFit? Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }

        var n = x.Length;
        if (n < 3)
        {
            return null;
        }

        double meanX = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }

        meanX /= n;
        meanY /= n;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }

        if (!(sxx > 0))
        {
            return null;
        }

        var slope = sxy / sxx;
        double residuals = 0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - meanY - (slope * (x[i] - meanX));
            residuals += r * r;
        }

        return new LineFit(slope, Math.Sqrt(residuals / (n - 2) / sxx), meanY, meanX);
    }
}
