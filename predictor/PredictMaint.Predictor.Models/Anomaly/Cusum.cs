namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Two-sided CUSUM change detection on a residual series (e.g. SSA reconstruction or forecast
/// residuals): Page, "Continuous inspection schemes", Biometrika 41 (1954).
/// </summary>
/// <remarks>
/// With residuals standardised by a reference mean μ and deviation σ (estimated from the first
/// <c>reference</c> points), z_t = (r_t − μ)/σ, S⁺_t = max(0, S⁺_{t−1} + z_t − k),
/// S⁻_t = max(0, S⁻_{t−1} − z_t − k); an alarm is raised when either exceeds h, and both restart
/// from zero. k = 0.5 and h = 5 detect a one-σ shift with an in-control run length near 900.
/// </remarks>
public static class Cusum
{
    /// <summary>Indices where an alarm was raised.</summary>
    public static IReadOnlyList<int> Alarms(ReadOnlySpan<double> residuals, int reference, double drift = 0.5, double threshold = 5)
    {
        if (reference < 2 || reference > residuals.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(reference), "Need at least two reference points inside the series.");
        }

        double mean = 0, square = 0;
        for (var i = 0; i < reference; i++)
        {
            mean += residuals[i];
        }

        mean /= reference;
        for (var i = 0; i < reference; i++)
        {
            square += (residuals[i] - mean) * (residuals[i] - mean);
        }

        var std = Math.Max(Math.Sqrt(square / (reference - 1)), 1e-12);
        var alarms = new List<int>();
        double upper = 0, lower = 0;
        for (var t = 0; t < residuals.Length; t++)
        {
            var z = (residuals[t] - mean) / std;
            upper = Math.Max(0, upper + z - drift);
            lower = Math.Max(0, lower - z - drift);
            if (upper > threshold || lower > threshold)
            {
                alarms.Add(t);
                (upper, lower) = (0, 0);
            }
        }

        return alarms;
    }
}
