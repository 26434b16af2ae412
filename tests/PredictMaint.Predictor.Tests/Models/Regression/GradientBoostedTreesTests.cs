using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Tests.Models.Regression;

public sealed class GradientBoostedTreesTests
{
    private static (List<double[]> Rows, double[] Targets) Data(int n, int seed)
    {
        var random = new Random(seed);
        var rows = new List<double[]>();
        var targets = new double[n];
        for (var i = 0; i < n; i++)
        {
            double[] row = [random.NextDouble() * 10, random.NextDouble() * 10, random.NextDouble()];
            rows.Add(row);
            targets[i] = (row[0] > 5 ? 20 : 0) + (3 * row[1]);
        }

        return (rows, targets);
    }

    [Fact]
    public void Fit_StepPlusLinearTarget_PredictsHeldOutRowsClosely()
    {
        var (rows, targets) = Data(2000, 1);
        var model = GradientBoostedTrees.Fit(rows, targets, new GradientBoostingOptions { Trees = 200, LearningRate = 0.1 });
        var (test, truth) = Data(200, 2);
        var rmse = Math.Sqrt(test.Select((row, i) => Math.Pow(model.Predict(row) - truth[i], 2)).Average());
        Assert.InRange(rmse, 0, 1.5);
    }

    [Fact]
    public void Fit_SameSeed_SamePredictions()
    {
        var (rows, targets) = Data(500, 3);
        var options = new GradientBoostingOptions { Trees = 30, Seed = 7 };
        var first = GradientBoostedTrees.Fit(rows, targets, options);
        var second = GradientBoostedTrees.Fit(rows, targets, options);
        Assert.All(rows, row => Assert.Equal(first.Predict(row), second.Predict(row)));
    }
}
