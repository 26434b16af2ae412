namespace PredictMaint.Predictor.Models.Regression;

/// <summary>
/// Quantile binning of each feature, the histogram trick of LightGBM (Ke et al., NeurIPS 2017):
/// split candidates are bin edges, so finding a split costs one pass over a node's rows.
/// Bin b holds values x with edge[b − 1] &lt; x ≤ edge[b].
/// </summary>
public sealed class FeatureBinning
{
    private readonly double[][] _edges;

    private FeatureBinning(double[][] edges) => _edges = edges;

    public int Features => _edges.Length;

    public static FeatureBinning Fit(IReadOnlyList<double[]> rows, int bins)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var features = rows[0].Length;
        var edges = new double[features][];
        var column = new double[rows.Count];
        for (var f = 0; f < features; f++)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                column[i] = rows[i][f];
            }

            Array.Sort(column);
            var chosen = new List<double>();
            for (var b = 1; b < bins; b++)
            {
                var edge = column[(int)((long)b * (column.Length - 1) / bins)];
                if (chosen.Count == 0 || edge > chosen[^1])
                {
                    chosen.Add(edge);
                }
            }

            edges[f] = [.. chosen];
        }

        return new FeatureBinning(edges);
    }

    /// <summary>Upper edge of bin <paramref name="bin"/> of feature <paramref name="feature"/>.</summary>
    public double Edge(int feature, int bin) => _edges[feature][bin];

    public int BinCount(int feature) => _edges[feature].Length + 1;

    /// <summary>Column-major bin indices: result[feature][row].</summary>
    public byte[][] Transform(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var binned = new byte[Features][];
        for (var f = 0; f < Features; f++)
        {
            var edges = _edges[f];
            var column = binned[f] = new byte[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                var index = Array.BinarySearch(edges, rows[i][f]);
                column[i] = (byte)(index >= 0 ? index : ~index);
            }
        }

        return binned;
    }
}
