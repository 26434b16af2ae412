namespace PredictMaint.Predictor.Models.Regression;

/// <summary>
/// Grows one least-squares regression tree on binned features (CART, Breiman et al. 1984):
/// the split maximising S_L²/n_L + S_R²/n_R − S²/n over residual sums S and counts n.
/// </summary>
internal sealed class TreeGrower(FeatureBinning binning, byte[][] bins, GradientBoostingOptions options)
{
    private readonly List<int> _feature = [];
    private readonly List<double> _threshold = [];
    private readonly List<int> _left = [];
    private readonly List<int> _right = [];
    private readonly List<double> _value = [];
    private readonly double[] _sums = new double[256];
    private readonly int[] _counts = new int[256];

    /// <summary>Fits a tree to <paramref name="residual"/> over <paramref name="rows"/>, leaves shrunk by the learning rate.</summary>
    public RegressionTree Grow(double[] residual, int[] rows, bool[] allowedFeatures)
    {
        _feature.Clear();
        _threshold.Clear();
        _left.Clear();
        _right.Clear();
        _value.Clear();
        Split(residual, rows, 0, allowedFeatures);
        return new RegressionTree([.. _feature], [.. _threshold], [.. _left], [.. _right], [.. _value]);
    }

    private int Split(double[] residual, int[] rows, int depth, bool[] allowedFeatures)
    {
        var node = _feature.Count;
        _feature.Add(-1);
        _threshold.Add(0);
        _left.Add(-1);
        _right.Add(-1);
        double total = 0;
        foreach (var row in rows)
        {
            total += residual[row];
        }

        _value.Add(options.LearningRate * total / rows.Length);
        if (depth >= options.MaxDepth || rows.Length < 2 * options.MinSamplesLeaf)
        {
            return node;
        }

        var parentScore = total * total / rows.Length;
        double bestGain = 1e-12;
        int bestFeature = -1, bestBin = -1;
        for (var f = 0; f < bins.Length; f++)
        {
            if (!allowedFeatures[f])
            {
                continue;
            }

            var binCount = binning.BinCount(f);
            Array.Clear(_sums, 0, binCount);
            Array.Clear(_counts, 0, binCount);
            var column = bins[f];
            foreach (var row in rows)
            {
                _sums[column[row]] += residual[row];
                _counts[column[row]]++;
            }

            double leftSum = 0;
            var leftCount = 0;
            for (var b = 0; b < binCount - 1; b++)
            {
                leftSum += _sums[b];
                leftCount += _counts[b];
                var rightCount = rows.Length - leftCount;
                if (leftCount < options.MinSamplesLeaf)
                {
                    continue;
                }

                if (rightCount < options.MinSamplesLeaf)
                {
                    break;
                }

                var rightSum = total - leftSum;
                var gain = (leftSum * leftSum / leftCount) + (rightSum * rightSum / rightCount) - parentScore;
                if (gain > bestGain)
                {
                    (bestGain, bestFeature, bestBin) = (gain, f, b);
                }
            }
        }

        if (bestFeature < 0)
        {
            return node;
        }

        var split = bins[bestFeature];
        var leftRows = rows.Where(r => split[r] <= bestBin).ToArray();
        var rightRows = rows.Where(r => split[r] > bestBin).ToArray();
        _feature[node] = bestFeature;
        _threshold[node] = binning.Edge(bestFeature, bestBin);
        _left[node] = Split(residual, leftRows, depth + 1, allowedFeatures);
        _right[node] = Split(residual, rightRows, depth + 1, allowedFeatures);
        return node;
    }
}
