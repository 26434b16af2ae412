namespace PredictMaint.Predictor.Models.HealthIndicators;

/// <summary>
/// z-scores each sensor within its operating regime: z = (x − μ_{regime,s}) / σ_{regime,s}, the
/// usual operating-condition normalisation for multi-regime degradation data (e.g. Wang et al.,
/// "A similarity-based prognostics approach", PHM 2008). Rows of an unknown regime (−1) use the
/// statistics over all regimes. Sensors with no variation anywhere come out as 0.
/// </summary>
public sealed class RegimeNormaliser
{
    private readonly Dictionary<int, (double[] Mean, double[] Std)> _stats;

    private RegimeNormaliser(Dictionary<int, (double[] Mean, double[] Std)> stats) => _stats = stats;

    public static RegimeNormaliser Fit(IReadOnlyList<double[]> sensors, IReadOnlyList<int> regimes)
    {
        ArgumentNullException.ThrowIfNull(sensors);
        ArgumentNullException.ThrowIfNull(regimes);
        var stats = new Dictionary<int, (double[] Mean, double[] Std)>
        {
            [-1] = Moments(Enumerable.Range(0, sensors.Count), sensors),
        };
        foreach (var group in Enumerable.Range(0, sensors.Count).GroupBy(i => regimes[i]))
        {
            stats[group.Key] = Moments(group, sensors);
        }

        return new RegimeNormaliser(stats);
    }

    public void Normalise(ReadOnlySpan<double> sensors, int regime, Span<double> output)
    {
        var (mean, std) = _stats.TryGetValue(regime, out var s) ? s : _stats[-1];
        for (var i = 0; i < sensors.Length; i++)
        {
            output[i] = std[i] > 1e-9 ? (sensors[i] - mean[i]) / std[i] : 0;
        }
    }

    private static (double[] Mean, double[] Std) Moments(IEnumerable<int> rows, IReadOnlyList<double[]> sensors)
    {
        var width = sensors[0].Length;
        var mean = new double[width];
        var square = new double[width];
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            for (var i = 0; i < width; i++)
            {
                mean[i] += sensors[row][i];
                square[i] += sensors[row][i] * sensors[row][i];
            }
        }

        var std = new double[width];
        for (var i = 0; i < width; i++)
        {
            mean[i] /= n;
            std[i] = Math.Sqrt(Math.Max(0, (square[i] / n) - (mean[i] * mean[i])));
        }

        return (mean, std);
    }
}
