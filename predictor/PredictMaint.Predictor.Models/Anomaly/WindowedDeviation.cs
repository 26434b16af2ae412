namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Streaming deviation score: |x_t − μ_t| / σ_t with μ_t, σ_t the mean and standard deviation of
/// the preceding <c>window</c> values (the "windowed Gaussian" baseline of the Numenta Anomaly
/// Benchmark). σ is floored at 10⁻⁶·|μ| so a flat series does not divide by zero.
/// </summary>
public static class WindowedDeviation
{
    public static double[] Scores(ReadOnlySpan<double> values, int window = 100, int minimumHistory = 10)
    {
        var result = new double[values.Length];
        double sum = 0, square = 0;
        for (var t = 0; t < values.Length; t++)
        {
            var count = Math.Min(t, window);
            if (count >= minimumHistory)
            {
                var mean = sum / count;
                var std = Math.Sqrt(Math.Max((square / count) - (mean * mean), 0));
                result[t] = Math.Abs(values[t] - mean) / Math.Max(std, 1e-9 + (1e-6 * Math.Abs(mean)));
            }

            sum += values[t];
            square += values[t] * values[t];
            if (t >= window)
            {
                sum -= values[t - window];
                square -= values[t - window] * values[t - window];
            }
        }

        return result;
    }
}
