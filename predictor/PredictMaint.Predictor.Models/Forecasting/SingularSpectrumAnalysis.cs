using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace PredictMaint.Predictor.Models.Forecasting;

/// <summary>
/// Singular spectrum analysis: Golyandina, Nekrutkin &amp; Zhigljavsky, "Analysis of Time Series
/// Structure: SSA and Related Techniques" (2001), ch. 1–2.
/// </summary>
/// <remarks>
/// Embedding: trajectory matrix X (L × K, K = N − L + 1), X_{ij} = x_{i+j}. SVD X = Σ σ_i U_i V_iᵀ.
/// Rank r: given, or the smallest r whose leading σ² carry <c>energy</c> of Σσ². Reconstruction:
/// diagonal averaging of Σ_{i&lt;r} σ_i U_i V_iᵀ. Recurrent forecast: with π the last row of U_r,
/// ν² = |π|² and U▽ its first L − 1 rows, R = U▽ π / (1 − ν²) and x_n = Σ_j R_j x_{n−L+1+j}, run
/// on the reconstructed series. Bounds: the recurrence's impulse response ψ (ψ₀ = 1) propagates the
/// reconstruction residual variance σ_e², Var_h = σ_e² Σ_{k&lt;h} ψ_k².
/// </remarks>
public sealed class SingularSpectrumAnalysis
{
    private SingularSpectrumAnalysis(double[] reconstruction, double[] recurrence, double residualStd, int rank, double[] singularValues)
    {
        Reconstruction = reconstruction;
        Recurrence = recurrence;
        ResidualStd = residualStd;
        Rank = rank;
        SingularValues = singularValues;
    }

    public double[] Reconstruction { get; }

    /// <summary>Linear recurrence coefficients R (length L − 1), oldest lag first.</summary>
    public double[] Recurrence { get; }

    public double ResidualStd { get; }

    public int Rank { get; }

    public double[] SingularValues { get; }

    /// <param name="series">The series, N ≥ 2L − 1 recommended.</param>
    /// <param name="windowLength">L, the embedding dimension; should exceed the longest period of interest.</param>
    /// <param name="rank">Components kept; 0 selects by <paramref name="energy"/>.</param>
    /// <param name="energy">Share of Σσ² the automatically chosen components must carry.</param>
    public static SingularSpectrumAnalysis Fit(ReadOnlySpan<double> series, int windowLength, int rank = 0, double energy = 0.99)
    {
        var n = series.Length;
        var l = windowLength;
        var k = n - l + 1;
        if (l < 2 || k < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(windowLength), "Need 2 ≤ L ≤ N − 1.");
        }

        var values = series.ToArray();
        var trajectory = Matrix<double>.Build.Dense(l, k, (i, j) => values[i + j]);
        var svd = trajectory.Svd(computeVectors: true);
        var sigma = svd.S.ToArray();
        var r = rank > 0 ? Math.Min(rank, sigma.Length) : SelectRank(sigma, energy);
        var u = svd.U.SubMatrix(0, l, 0, r);
        var low = u * Matrix<double>.Build.DiagonalOfDiagonalArray(sigma[..r]) * svd.VT.SubMatrix(0, r, 0, k);
        var reconstruction = DiagonalAverage(low, n);

        double residual = 0;
        for (var i = 0; i < n; i++)
        {
            residual += (values[i] - reconstruction[i]) * (values[i] - reconstruction[i]);
        }

        var pi = u.Row(l - 1);
        var verticality = pi.DotProduct(pi);
        var recurrence = verticality < 1 - 1e-9
            ? (u.SubMatrix(0, l - 1, 0, r) * pi / (1 - verticality)).ToArray()
            : new double[l - 1];
        return new SingularSpectrumAnalysis(reconstruction, recurrence, Math.Sqrt(residual / Math.Max(1, n - r)), r, sigma);
    }

    /// <summary>Forecasts <paramref name="horizon"/> steps past the end, with bounds at <paramref name="confidence"/>.</summary>
    public SsaForecast Forecast(int horizon, double confidence = 0.95)
    {
        var lags = Recurrence.Length;
        var extended = new double[Reconstruction.Length + horizon];
        Reconstruction.CopyTo(extended, 0);
        var impulse = new double[horizon];
        var values = new double[horizon];
        var lower = new double[horizon];
        var upper = new double[horizon];
        var z = Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
        double cumulative = 0;
        for (var h = 0; h < horizon; h++)
        {
            var t = Reconstruction.Length + h;
            double next = 0, response = h == 0 ? 1 : 0;
            for (var j = 0; j < lags; j++)
            {
                next += Recurrence[j] * extended[t - lags + j];
                var back = h - (lags - j);
                if (back >= 0)
                {
                    response += Recurrence[j] * impulse[back];
                }
            }

            extended[t] = values[h] = next;
            impulse[h] = response;
            cumulative += response * response;
            var half = z * ResidualStd * Math.Sqrt(cumulative);
            (lower[h], upper[h]) = (next - half, next + half);
        }

        return new SsaForecast(values, lower, upper);
    }

    private static int SelectRank(double[] sigma, double energy)
    {
        var total = sigma.Sum(s => s * s);
        double running = 0;
        for (var i = 0; i < sigma.Length; i++)
        {
            running += sigma[i] * sigma[i];
            if (running >= energy * total)
            {
                return i + 1;
            }
        }

        return sigma.Length;
    }

    private static double[] DiagonalAverage(Matrix<double> matrix, int n)
    {
        var sums = new double[n];
        var counts = new int[n];
        for (var i = 0; i < matrix.RowCount; i++)
        {
            for (var j = 0; j < matrix.ColumnCount; j++)
            {
                sums[i + j] += matrix[i, j];
                counts[i + j]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            sums[i] /= counts[i];
        }

        return sums;
    }
}
