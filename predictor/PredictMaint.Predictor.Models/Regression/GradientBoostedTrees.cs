namespace PredictMaint.Predictor.Models.Regression;

/// <summary>
/// Least-squares gradient boosting of regression trees: Friedman, "Greedy Function
/// Approximation: A Gradient Boosting Machine", Annals of Statistics 2001, with row subsampling
/// (Friedman, "Stochastic Gradient Boosting", 2002). F₀ = ȳ; F_m = F_{m−1} + ν·h_m where h_m is a
/// tree fitted to the residuals y − F_{m−1}. Deterministic for a seed.
/// </summary>
public sealed class GradientBoostedTrees
{
    private readonly double _baseline;
    private readonly RegressionTree[] _trees;

    private GradientBoostedTrees(double baseline, RegressionTree[] trees)
    {
        _baseline = baseline;
        _trees = trees;
    }

    public int TreeCount => _trees.Length;

    public static GradientBoostedTrees Fit(IReadOnlyList<double[]> features, ReadOnlySpan<double> targets, GradientBoostingOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        if (features.Count != targets.Length || features.Count == 0)
        {
            throw new ArgumentException("Need one target per feature row, and at least one row.", nameof(targets));
        }

        var n = features.Count;
        var binning = FeatureBinning.Fit(features, options.Bins);
        var bins = binning.Transform(features);
        var grower = new TreeGrower(binning, bins, options);
        var random = new Random(options.Seed);
        var baseline = 0.0;
        foreach (var target in targets)
        {
            baseline += target;
        }

        baseline /= n;
        var fitted = new double[n];
        Array.Fill(fitted, baseline);
        var residual = new double[n];
        var allRows = Enumerable.Range(0, n).ToArray();
        var sampleSize = Math.Max(1, (int)(options.Subsample * n));
        var allowed = new bool[binning.Features];
        var trees = new RegressionTree[options.Trees];
        for (var m = 0; m < options.Trees; m++)
        {
            for (var i = 0; i < n; i++)
            {
                residual[i] = targets[i] - fitted[i];
            }

            random.Shuffle(allRows);
            var sample = allRows[..sampleSize];
            Array.Sort(sample);
            for (var f = 0; f < allowed.Length; f++)
            {
                allowed[f] = random.NextDouble() < options.FeatureFraction;
            }

            var tree = trees[m] = grower.Grow(residual, sample, allowed);
            for (var i = 0; i < n; i++)
            {
                fitted[i] += tree.Predict(features[i]);
            }
        }

        return new GradientBoostedTrees(baseline, trees);
    }

    public double Predict(ReadOnlySpan<double> features)
    {
        var value = _baseline;
        foreach (var tree in _trees)
        {
            value += tree.Predict(features);
        }

        return value;
    }
}
