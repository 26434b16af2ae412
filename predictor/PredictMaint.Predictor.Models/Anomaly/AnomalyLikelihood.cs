namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Turns a stream of raw anomaly scores into the probability that the recent scores are unusual
/// for this series: Ahmad, Lavin, Purdy &amp; Agha, "Unsupervised real-time anomaly detection for
/// streaming data", Neurocomputing 262 (2017), §3.3 (anomaly likelihood).
/// </summary>
/// <remarks>
/// With μ_t and σ_t the mean and standard deviation of the raw scores over the preceding
/// <c>history</c> points, and μ̃_t the mean of the last <c>recent</c> scores,
/// L_t = 1 − Q((μ̃_t − μ_t) / σ_t), Q the Gaussian tail. Uses only past and present values.
/// Points with fewer than <c>minimumHistory</c> predecessors get L = 0.5.
/// </remarks>
public static class AnomalyLikelihood
{
    public static double[] Compute(ReadOnlySpan<double> rawScores, int history = 2000, int recent = 10, int minimumHistory = 100)
    {
        var z = Standardised(rawScores, history, recent, minimumHistory);
        for (var t = 0; t < z.Length; t++)
        {
            z[t] = 1 - GaussianTail(z[t]);
        }

        return z;
    }

    /// <summary>
    /// The argument of the likelihood, (μ̃_t − μ_t) / σ_t (0 without enough history): same order,
    /// but it does not saturate at 1 in floating point, so far tails stay distinguishable.
    /// </summary>
    public static double[] Standardised(ReadOnlySpan<double> rawScores, int history = 2000, int recent = 10, int minimumHistory = 100)
    {
        var n = rawScores.Length;
        var likelihood = new double[n];
        double sum = 0, square = 0, recentSum = 0;
        for (var t = 0; t < n; t++)
        {
            recentSum += rawScores[t];
            if (t >= recent)
            {
                recentSum -= rawScores[t - recent];
            }

            var count = Math.Min(t, history);
            if (count < minimumHistory)
            {
                likelihood[t] = 0;
            }
            else
            {
                var mean = sum / count;
                var std = Math.Sqrt(Math.Max(square / count - (mean * mean), 0));
                var recentMean = recentSum / Math.Min(t + 1, recent);
                var z = (recentMean - mean) / Math.Max(std, 1e-6);
                likelihood[t] = z;
            }

            sum += rawScores[t];
            square += rawScores[t] * rawScores[t];
            if (t >= history)
            {
                sum -= rawScores[t - history];
                square -= rawScores[t - history] * rawScores[t - history];
            }
        }

        return likelihood;
    }

    /// <summary>Q(z) = P(Z &gt; z) for a standard normal Z.</summary>
    public static double GaussianTail(double z) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(z / Math.Sqrt(2));
}
