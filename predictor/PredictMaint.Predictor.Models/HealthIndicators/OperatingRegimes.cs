namespace PredictMaint.Predictor.Models.HealthIndicators;

/// <summary>
/// Finds discrete operating regimes (e.g. altitude / Mach / throttle set points, or a purifier's
/// pump speed steps) from operating-setting columns, so sensors can be normalised per regime.
/// </summary>
/// <remarks>
/// Per setting, the sorted distinct values are cut wherever two neighbours are further apart than
/// <c>gapFraction</c> of the setting's range and ten times the median gap (so a coarsely quantised
/// noisy setting, whose gaps are all equal, is not cut): set points separated by large gaps become separate
/// levels, while measurement noise around one set point (small, dense gaps) stays one level; a
/// level holding less than <c>minimumShare</c> of the rows (an outlier tail) is merged into its
/// neighbour. A
/// regime is the combination of levels; a combination never seen in fitting maps to −1.
/// </remarks>
public sealed class OperatingRegimes
{
    private readonly double[][] _cuts;
    private readonly Dictionary<long, int> _ids;

    private OperatingRegimes(double[][] cuts, Dictionary<long, int> ids)
    {
        _cuts = cuts;
        _ids = ids;
    }

    public int Count => _ids.Count;

    public static OperatingRegimes Fit(IReadOnlyList<double[]> settings, double gapFraction = 0.05, double minimumShare = 0.01)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var columns = settings.Count == 0 ? 0 : settings[0].Length;
        var cuts = new double[columns][];
        for (var c = 0; c < columns; c++)
        {
            var all = settings.Select(row => row[c]).Order().ToArray();
            var values = all.Distinct().ToArray();
            var range = values[^1] - values[0];
            var gaps = values.Skip(1).Select((v, i) => v - values[i]).Order().ToArray();
            var medianGap = gaps.Length == 0 ? 0 : gaps[gaps.Length / 2];
            var columnCuts = new List<double>();
            for (var i = 1; i < values.Length; i++)
            {
                var gap = values[i] - values[i - 1];
                if (range > 0 && gap > gapFraction * range && gap > 10 * medianGap)
                {
                    columnCuts.Add((values[i] + values[i - 1]) / 2);
                }
            }

            cuts[c] = [.. MergeSmallLevels(all, columnCuts, minimumShare * all.Length)];
        }

        var regimes = new OperatingRegimes(cuts, []);
        foreach (var row in settings)
        {
            regimes._ids.TryAdd(regimes.Key(row), regimes._ids.Count);
        }

        return regimes;
    }

    private static List<double> MergeSmallLevels(double[] sorted, List<double> cuts, double minimumRows)
    {
        while (cuts.Count > 0)
        {
            // Rows per level: level k lies between cut k − 1 and cut k.
            var bounds = cuts.Select(cut => UpperBound(sorted, cut)).Prepend(0).Append(sorted.Length).ToArray();
            var smallest = Enumerable.Range(0, cuts.Count + 1).MinBy(k => bounds[k + 1] - bounds[k]);
            if (bounds[smallest + 1] - bounds[smallest] >= minimumRows)
            {
                break;
            }

            cuts.RemoveAt(smallest == cuts.Count ? smallest - 1 : smallest);
        }

        return cuts;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>Regime id of one row of settings, or −1 for a combination never seen in fitting.</summary>
    public int Assign(ReadOnlySpan<double> settings) => _ids.TryGetValue(Key(settings), out var id) ? id : -1;

    private long Key(ReadOnlySpan<double> settings)
    {
        long key = 0;
        for (var c = 0; c < _cuts.Length; c++)
        {
            var level = 0;
            while (level < _cuts[c].Length && settings[c] > _cuts[c][level])
            {
                level++;
            }

            key = (key * 64) + level;
        }

        return key;
    }
}
