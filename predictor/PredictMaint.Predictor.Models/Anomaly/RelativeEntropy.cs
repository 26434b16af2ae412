using MathNet.Numerics.Distributions;

namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Streaming relative-entropy (KL divergence) detector over value histograms: Wang, Talwar,
/// Schwan &amp; Ranganathan, "Online detection of utility cloud anomalies using metric
/// distributions", IEEE/IFIP NOMS 2010, and Wang et al., "Statistical techniques for online
/// anomaly detection in data centers", IFIP/IEEE IM 2011.
/// </summary>
/// <remarks>
/// The histogram P of the newest <c>window</c> values is tested against every hypothesis Q_k (a
/// histogram seen before and kept): under "P comes from Q_k", 2W·D(P‖Q_k) is asymptotically χ²
/// with B − 1 degrees of freedom (B bins). The score at t is the surprise −log₁₀ p of the smallest
/// such statistic (p its χ² survival probability) — large when the recent distribution matches nothing seen so far. When it exceeds
/// the 1 − α quantile, P becomes a new hypothesis, so a lasting change alarms once (the surprise
/// rises just past −log₁₀ α) and is then normal. Bin edges come from the range of the first <c>reference</c> values only (causal,
/// stable); values outside that range fall in one of two outer bins, which is what makes a level
/// never seen before register as novel. Uses only values up to t.
/// </remarks>
public static class RelativeEntropy
{
    private const double PseudoCount = 0.5;

    public static double[] Scores(ReadOnlySpan<double> values, int window = 52, int bins = 5, int reference = 150, double significance = 0.01, int maximumHypotheses = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        var scores = new double[values.Length];
        var start = Math.Max(window, reference);
        if (values.Length <= start)
        {
            return scores;
        }

        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (var value in values[..reference])
        {
            low = Math.Min(low, value);
            high = Math.Max(high, value);
        }

        var width = Math.Max(high - low, 1e-9 * Math.Max(1, Math.Abs(high))) / bins;
        var totalBins = bins + 2;
        var chiSquared = new ChiSquared(totalBins - 1);
        var critical = chiSquared.InverseCumulativeDistribution(1 - significance);
        var hypotheses = new List<double[]>();
        var counts = new int[totalBins];
        for (var i = start - window; i < start; i++)
        {
            counts[Bin(values[i], low, width, bins)]++;
        }

        hypotheses.Add(Distribution(counts, window));
        for (var t = start; t < values.Length; t++)
        {
            counts[Bin(values[t], low, width, bins)]++;
            counts[Bin(values[t - window], low, width, bins)]--;
            var statistic = double.PositiveInfinity;
            foreach (var hypothesis in hypotheses)
            {
                statistic = Math.Min(statistic, 2 * window * Divergence(counts, window, hypothesis));
            }

            scores[t] = Surprise(statistic, totalBins - 1);
            if (statistic > critical)
            {
                if (hypotheses.Count == maximumHypotheses)
                {
                    hypotheses.RemoveAt(1);
                }

                hypotheses.Add(Distribution(counts, window));
            }
        }

        return scores;
    }

    /// <summary>−log₁₀ of the χ² survival probability, capped so a certain change stays finite.</summary>
    private static double Surprise(double statistic, int degreesOfFreedom)
    {
        var survival = MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2);
        return Math.Min(-Math.Log10(Math.Max(survival, 1e-300)), 300);
    }

    private static int Bin(double value, double low, double width, int bins)
    {
        if (value < low)
        {
            return 0;
        }

        var inner = (int)((value - low) / width);
        return inner >= bins ? (value - low <= bins * width ? bins : bins + 1) : inner + 1;
    }

    // Pseudo-counts keep log(P/Q) finite for bins a hypothesis never saw.
    private static double[] Distribution(int[] counts, int window)
    {
        var total = window + (PseudoCount * counts.Length);
        return counts.Select(c => (c + PseudoCount) / total).ToArray();
    }

    private static double Divergence(int[] counts, int window, double[] hypothesis)
    {
        double divergence = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            if (counts[b] > 0)
            {
                var p = (double)counts[b] / window;
                divergence += p * Math.Log(p / hypothesis[b]);
            }
        }

        return divergence;
    }
}
