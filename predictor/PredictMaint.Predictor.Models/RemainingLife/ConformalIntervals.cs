namespace PredictMaint.Predictor.Models.RemainingLife;

/// <summary>
/// Calibrated intervals around any point estimator of remaining life, from its errors on data it
/// was not fitted to: split conformal prediction (Vovk, Gammerman &amp; Shafer, "Algorithmic
/// Learning in a Random World", 2005; Lei et al., "Distribution-free predictive inference for
/// regression", JASA 113, 2018), Mondrian per band of the predicted value (Vovk et al. 2003),
/// because errors grow with the life still to go.
/// </summary>
/// <remarks>
/// Calibration residuals r = truth − predicted are split into <c>bands</c> bands of equal count by
/// predicted value. For n residuals in a band and miscoverage α = 1 − confidence, the interval
/// is [ŷ + r_(k_lo), ŷ + r_(k_hi)] with k_lo = ⌊(n + 1)·α/2⌋ and k_hi = ⌈(n + 1)·(1 − α/2)⌉ (order
/// statistics, 1-based, clamped to 1..n): for exchangeable data each side misses at most α/2
/// of the time. The lower end is floored at 0.
/// </remarks>
public sealed class ConformalIntervals
{
    private readonly double[] _upperEdges;
    private readonly (double Lower, double Upper)[] _offsets;

    private ConformalIntervals(double confidence, double[] upperEdges, (double, double)[] offsets)
    {
        Confidence = confidence;
        _upperEdges = upperEdges;
        _offsets = offsets;
    }

    public double Confidence { get; }

    public static ConformalIntervals Fit(ReadOnlySpan<double> predicted, ReadOnlySpan<double> truth, double confidence = 0.9, int bands = 4)
    {
        if (predicted.Length != truth.Length || predicted.Length < 2 * bands)
        {
            throw new ArgumentException($"Need as many truths as predictions, and at least {2 * bands} of each.", nameof(truth));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        var pairs = new (double Predicted, double Residual)[predicted.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (predicted[i], truth[i] - predicted[i]);
        }

        Array.Sort(pairs, static (a, b) => a.Predicted.CompareTo(b.Predicted));
        var alpha = 1 - confidence;
        var edges = new double[bands];
        var offsets = new (double, double)[bands];
        for (var b = 0; b < bands; b++)
        {
            var start = b * pairs.Length / bands;
            var end = (b + 1) * pairs.Length / bands;
            var residuals = pairs[start..end].Select(p => p.Residual).Order().ToArray();
            var n = residuals.Length;
            var low = Math.Clamp((int)Math.Floor((n + 1) * alpha / 2), 1, n);
            var high = Math.Clamp((int)Math.Ceiling((n + 1) * (1 - (alpha / 2))), 1, n);
            offsets[b] = (residuals[low - 1], residuals[high - 1]);
            edges[b] = b == bands - 1 ? double.PositiveInfinity : pairs[end - 1].Predicted;
        }

        return new ConformalIntervals(confidence, edges, offsets);
    }

    public RemainingLifeEstimate Interval(double predicted)
    {
        var band = 0;
        while (predicted > _upperEdges[band])
        {
            band++;
        }

        var (lower, upper) = _offsets[band];
        return new RemainingLifeEstimate(predicted, Math.Max(0, predicted + lower), predicted + upper, Confidence);
    }

    /// <summary>Share of <paramref name="truth"/> inside its interval, ends included.</summary>
    public static double Coverage(ReadOnlySpan<double> truth, IReadOnlyList<RemainingLifeEstimate> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var inside = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            inside += truth[i] >= intervals[i].Lower && truth[i] <= intervals[i].Upper ? 1 : 0;
        }

        return truth.Length == 0 ? double.NaN : inside / (double)truth.Length;
    }
}
