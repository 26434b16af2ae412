namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>
/// Turns one file's rows into scorable points, following the Numenta Anomaly Benchmark scoring
/// rules (Lavin &amp; Ahmad, "Evaluating Real-time Anomaly Detection Algorithms — the Numenta
/// Anomaly Benchmark", IEEE ICMLA 2015).
/// </summary>
/// <remarks>
/// Inside a window of width w (rows) ending at row r, a detection at row i earns
/// σ̃(−(r − i + 1)/w) / σ̃(−1), so a detection at the window's first row earns exactly 1; after a window, a false positive at row i costs σ̃(|i − r| / (w − 1)) with
/// r and w of the preceding window; before the first window it costs −1. σ̃(y) = 2/(1 + e^{5y}) − 1,
/// and −1 once y &gt; 3. Rows in the probation period, the first min(⌊0.15·n⌋, 0.15·5000) rows,
/// are not scored.
/// </remarks>
public static class NabSweep
{
    public const double ProbationFraction = 0.15;

    /// <summary>The scaled sigmoid: +1 far before a window's end, 0 at it, −1 far after.</summary>
    public static double ScaledSigmoid(double relativePosition) =>
        relativePosition > 3.0 ? -1.0 : (2.0 / (1.0 + Math.Exp(5.0 * relativePosition))) - 1.0;

    public static int ProbationRows(int rows) =>
        (int)Math.Min(Math.Floor(ProbationFraction * rows), ProbationFraction * 5000);

    /// <param name="times">Row timestamps, ascending.</param>
    /// <param name="scores">Detector's anomaly score per row.</param>
    /// <param name="windows">Anomaly windows (inclusive start and end timestamps), ascending.</param>
    /// <param name="firstWindowId">Id given to this file's first window; the next ones count up.</param>
    /// <param name="points">Receives one point per row after probation.</param>
    public static void Sweep(
        IReadOnlyList<DateTime> times,
        ReadOnlySpan<double> scores,
        IReadOnlyList<(DateTime Start, DateTime End)> windows,
        int firstWindowId,
        List<NabPoint> points)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(points);
        var probation = ProbationRows(times.Count);
        var next = 0;
        int current = -1, rightIndex = -1, previousRight = -1;
        double width = 0, previousWidth = 0;
        for (var i = 0; i < times.Count; i++)
        {
            if (next < windows.Count && times[i] >= windows[next].Start)
            {
                current = next++;
                rightIndex = LastIndexAtOrBefore(times, windows[current].End);
                width = rightIndex - i + 1;
            }

            double reward;
            if (current >= 0)
            {
                reward = ScaledSigmoid(-(rightIndex - i + 1) / width) / ScaledSigmoid(-1.0);
            }
            else if (previousRight >= 0)
            {
                reward = ScaledSigmoid(Math.Abs(previousRight - i) / (previousWidth - 1));
            }
            else
            {
                reward = -1.0;
            }

            if (i >= probation)
            {
                points.Add(new NabPoint(scores[i], reward, current >= 0 ? firstWindowId + current : -1));
            }

            if (current >= 0 && i == rightIndex)
            {
                previousRight = i;
                previousWidth = width;
                current = -1;
            }
        }
    }

    private static int LastIndexAtOrBefore(IReadOnlyList<DateTime> times, DateTime end)
    {
        var index = times.Count - 1;
        while (index > 0 && times[index] > end)
        {
            index--;
        }

        return index;
    }
}
