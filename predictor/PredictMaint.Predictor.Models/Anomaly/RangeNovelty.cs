namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Streaming range novelty: how far a value lies outside every value seen before it, in units of
/// the range seen so far. A new extreme is the simplest sign of a fault a plant engineer would
/// name; Numenta's NAB detector pairs the same check ("spatial anomaly") with HTM (Ahmad et al.,
/// Neurocomputing 262, 2017).
/// </summary>
/// <remarks>
/// With m_t and M_t the minimum and maximum of x_0..x_{t−1}, the score is
/// max(0, x_t − M_t, m_t − x_t) / (M_t − m_t); rows before <c>minimumHistory</c> score 0.
/// Only the current value is compared, so a slow drift to new extremes scores little at each step.
/// </remarks>
public static class RangeNovelty
{
    public static double[] Scores(ReadOnlySpan<double> values, int minimumHistory = 100)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumHistory, 2);
        var scores = new double[values.Length];
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (var t = 0; t < values.Length; t++)
        {
            if (t >= minimumHistory)
            {
                var range = Math.Max(high - low, 1e-9 * Math.Max(1, Math.Abs(high)));
                scores[t] = Math.Max(0, Math.Max(values[t] - high, low - values[t])) / range;
            }

            low = Math.Min(low, values[t]);
            high = Math.Max(high, values[t]);
        }

        return scores;
    }
}
