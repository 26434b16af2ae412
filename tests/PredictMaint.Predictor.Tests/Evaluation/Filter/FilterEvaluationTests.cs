using PredictMaint.Predictor.Evaluation.Filter;

namespace PredictMaint.Predictor.Tests.Evaluation.Filter;

public sealed class FilterEvaluationTests
{
    [Fact]
    public void CrossValidate_Phme20Runs_IntervalCoverageNearNominal()
    {
        var runs = FilterRunReader.ReadFolder(Path.Combine(PublicDatasets.Folder("phme20"), "Training"), "phme20");

        var result = FilterEvaluation.CrossValidate(runs, "phme20");

        // Measured 0.91 for 90 % intervals fitted on the training folds only.
        Assert.Equal(24, result.Runs);
        Assert.InRange(result.Coverage, FilterEvaluation.IntervalConfidence - 0.08, FilterEvaluation.IntervalConfidence + 0.07);
        Assert.EndsWith($"coverage={result.Coverage:0.00}", result.LastLine(), StringComparison.Ordinal);
    }
}
