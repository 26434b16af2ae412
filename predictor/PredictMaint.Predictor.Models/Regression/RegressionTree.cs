namespace PredictMaint.Predictor.Models.Regression;

/// <summary>
/// A fitted binary regression tree stored as parallel arrays: node i splits on
/// <c>Feature[i]</c> (x ≤ <c>Threshold[i]</c> goes left) or, when <c>Feature[i]</c> is −1, is a
/// leaf with <c>Value[i]</c>.
/// </summary>
public sealed class RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value)
{
    public double Predict(ReadOnlySpan<double> features)
    {
        var node = 0;
        while (feature[node] >= 0)
        {
            node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
        }

        return value[node];
    }

    public int Nodes => feature.Length;
}
