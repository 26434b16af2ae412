using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Spectral-residual anomaly scoring: Ren et al., "Time-Series Anomaly Detection Service at
/// Microsoft", KDD 2019 (the SR half of SR-CNN), after Hou &amp; Zhang's visual saliency (CVPR 2007).
/// </summary>
/// <remarks>
/// A(f) = |𝔉(x)|, P(f) = arg 𝔉(x), L(f) = log A(f), R(f) = L(f) − h_q * L(f) (moving average of
/// width q), saliency S(x) = |𝔉⁻¹(exp(R(f) + iP(f)))|; a point's score is
/// (S_i − S̄_i) / S̄_i with S̄_i the mean of the preceding z saliency values. To score the newest
/// point of a window as if it were in the middle, the series is first extended by κ copies of the
/// estimate x_{n+1} = x_{n−m+1} + m·ḡ, ḡ = (1/m) Σ_{i=1..m} (x_n − x_{n−i}) / i.
/// </remarks>
public static class SpectralResidual
{
    /// <summary>Saliency map of <paramref name="series"/> (same length).</summary>
    public static double[] Saliency(ReadOnlySpan<double> series, int averagingWindow = 3)
    {
        var n = series.Length;
        var spectrum = new Complex[n];
        for (var i = 0; i < n; i++)
        {
            spectrum[i] = new Complex(series[i], 0);
        }

        Fourier.Forward(spectrum, FourierOptions.Matlab);
        var logAmplitude = new double[n];
        for (var i = 0; i < n; i++)
        {
            logAmplitude[i] = Math.Log(spectrum[i].Magnitude + 1e-8);
        }

        var half = averagingWindow / 2;
        for (var i = 0; i < n; i++)
        {
            double sum = 0;
            var count = 0;
            for (var j = Math.Max(0, i - half); j <= Math.Min(n - 1, i + half); j++)
            {
                sum += logAmplitude[j];
                count++;
            }

            var residual = logAmplitude[i] - (sum / count);
            var magnitude = spectrum[i].Magnitude;
            spectrum[i] = magnitude > 0 ? spectrum[i] / magnitude * Math.Exp(residual) : Complex.Zero;
        }

        Fourier.Inverse(spectrum, FourierOptions.Matlab);
        var saliency = new double[n];
        for (var i = 0; i < n; i++)
        {
            saliency[i] = spectrum[i].Magnitude;
        }

        return saliency;
    }

    /// <summary>Batch scores: every point of the series scored against its preceding z saliency values.</summary>
    public static double[] BatchScores(ReadOnlySpan<double> series, int scoreWindow = 21, int extension = 5, int gradientPoints = 5)
    {
        var extended = Extend(series, extension, gradientPoints);
        var saliency = Saliency(extended);
        var scores = new double[series.Length];
        for (var i = 0; i < series.Length; i++)
        {
            scores[i] = RelativeSaliency(saliency, i, scoreWindow);
        }

        return scores;
    }

    /// <summary>
    /// Streaming scores: the score reported at row i comes from the window of the
    /// <paramref name="windowSize"/> points ending at i only, so no future value is used. It is the
    /// score of point i − <paramref name="lag"/>: the newest point of a window sits at the circular
    /// FFT's seam, and a few points of real context after it (at the cost of reporting
    /// <paramref name="lag"/> rows late) keep edge effects from drowning it. Rows with a shorter
    /// history score 0.
    /// </summary>
    public static double[] StreamingScores(ReadOnlySpan<double> series, int windowSize = 64, int scoreWindow = 21, int extension = 5, int gradientPoints = 5, int lag = 0)
    {
        var scores = new double[series.Length];
        for (var i = windowSize - 1; i < series.Length; i++)
        {
            var window = series.Slice(i - windowSize + 1, windowSize);
            var saliency = Saliency(Extend(window, extension, gradientPoints));
            scores[i] = RelativeSaliency(saliency, windowSize - 1 - lag, scoreWindow);
        }

        return scores;
    }

    private static double RelativeSaliency(double[] saliency, int index, int scoreWindow)
    {
        var start = Math.Max(0, index - scoreWindow);
        if (index == start)
        {
            return 0;
        }

        double mean = 0;
        for (var j = start; j < index; j++)
        {
            mean += saliency[j];
        }

        mean /= index - start;
        return mean > 0 ? (saliency[index] - mean) / mean : 0;
    }

    private static double[] Extend(ReadOnlySpan<double> series, int extension, int gradientPoints)
    {
        var n = series.Length;
        var extended = new double[n + extension];
        series.CopyTo(extended);
        var m = Math.Min(gradientPoints, n - 1);
        if (m < 1)
        {
            extended.AsSpan(n).Fill(n > 0 ? series[n - 1] : 0);
            return extended;
        }

        double gradient = 0;
        for (var i = 1; i <= m; i++)
        {
            gradient += (series[n - 1] - series[n - 1 - i]) / i;
        }

        gradient /= m;
        extended.AsSpan(n).Fill(series[n - m] + (gradient * m));
        return extended;
    }
}
