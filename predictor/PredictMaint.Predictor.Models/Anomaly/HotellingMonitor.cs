using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Multivariate statistical process control with Hotelling's T² (Hotelling, "Multivariate quality
/// control", 1947; phase-II limit as in Montgomery, "Introduction to Statistical Quality
/// Control", §11.3): a reference period fixes the mean and covariance of the sensors, and every
/// later row is scored by its Mahalanobis distance from them.
/// </summary>
/// <remarks>
/// With x̄ and S from the first m rows, T²_t = (x_t − x̄)ᵀ S⁻¹ (x_t − x̄). For a new independent
/// observation from the same distribution T² · m(m − p) / (p(m + 1)(m − 1)) is F(p, m − p), so the
/// upper control limit at false-alarm rate α is p(m + 1)(m − 1) / (m(m − p)) · F⁻¹(1 − α; p, m − p).
/// Columns are standardised by the reference period first and S gets a small ridge so a constant
/// or collinear sensor does not make it singular. Reference rows score 0.
/// </remarks>
public sealed class HotellingMonitor
{
    private const double Ridge = 1e-3;

    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly Vector<double> _centre;
    private readonly Matrix<double> _covariance;
    private Matrix<double> _inverse;

    private HotellingMonitor(double[] mean, double[] scale, Matrix<double> covariance, double limit)
    {
        _mean = mean;
        _scale = scale;
        _centre = Vector<double>.Build.Dense(mean.Length);
        _covariance = covariance;
        _inverse = covariance.Inverse();
        ControlLimit = limit;
    }

    public double ControlLimit { get; }

    /// <param name="reference">Rows (one array of p sensor values each) of a period taken as normal; needs more rows than sensors.</param>
    public static HotellingMonitor Fit(IReadOnlyList<double[]> reference, double falseAlarmRate = 0.01)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var m = reference.Count;
        var p = m == 0 ? 0 : reference[0].Length;
        if (p == 0 || m <= p + 1)
        {
            throw new ArgumentException($"Need more reference rows ({m}) than sensors ({p}) plus one.", nameof(reference));
        }

        var mean = new double[p];
        var scale = new double[p];
        for (var j = 0; j < p; j++)
        {
            mean[j] = reference.Average(r => r[j]);
            var variance = reference.Sum(r => (r[j] - mean[j]) * (r[j] - mean[j])) / (m - 1);
            scale[j] = Math.Sqrt(variance) is var s && s > 1e-12 ? s : 1;
        }

        var z = Matrix<double>.Build.Dense(m, p, (i, j) => (reference[i][j] - mean[j]) / scale[j]);
        var covariance = (z.TransposeThisAndMultiply(z) / (m - 1)) + (Ridge * Matrix<double>.Build.DenseIdentity(p));
        var limit = p * (m + 1.0) * (m - 1.0) / (m * (double)(m - p)) * FisherSnedecor.InvCDF(p, m - p, 1 - falseAlarmRate);
        return new HotellingMonitor(mean, scale, covariance, limit);
    }

    public double Score(ReadOnlySpan<double> row)
    {
        var z = Standardise(row) - _centre;
        return z.DotProduct(_inverse * z);
    }

    /// <summary>
    /// Lets the reference follow a slowly changing normal (seasons, wear): the centre and
    /// covariance move toward <paramref name="row"/> with weight <paramref name="weight"/>
    /// (exponential forgetting, memory about 1/weight rows). Call it only with rows judged normal,
    /// or a fault becomes the new normal.
    /// </summary>
    public void Follow(ReadOnlySpan<double> row, double weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weight, 1);
        var d = Standardise(row) - _centre;
        _centre.Add(weight * d, _centre);
        var updated = (1 - weight) * (_covariance + (weight * d.OuterProduct(d)));
        updated.CopyTo(_covariance);
        _inverse = (_covariance + (Ridge * Matrix<double>.Build.DenseIdentity(_mean.Length))).Inverse();
    }

    private Vector<double> Standardise(ReadOnlySpan<double> row)
    {
        var z = Vector<double>.Build.Dense(_mean.Length);
        for (var j = 0; j < z.Count; j++)
        {
            z[j] = (row[j] - _mean[j]) / _scale[j];
        }

        return z;
    }
}
