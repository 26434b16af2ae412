using PredictMaint.Predictor.Evaluation.Nab;

namespace PredictMaint.Predictor.Tests.Evaluation.Nab;

public sealed class NabBenchmarkTests
{
    private static readonly NabProfile Standard = new("standard", 1.0, 0.11, 1.0);

    private static NabFile TwentyRowsWithWindowAt10To14(params int[] detections)
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var times = Enumerable.Range(0, 20).Select(i => start.AddMinutes(i)).ToArray();
        var scores = new double[20];
        foreach (var row in detections)
        {
            scores[row] = 1;
        }

        return new NabFile("f.csv", times, new double[20], [(times[10], times[14])]) { Scores = scores };
    }

    [Fact]
    public void Score_DetectionAtWindowStart_Scores100()
    {
        var result = NabBenchmark.Score([TwentyRowsWithWindowAt10To14(10)], [Standard])[0];
        Assert.Equal(1.0, result.RawScore, 12);
        Assert.Equal(100, result.NormalisedScore, 9);
    }

    [Fact]
    public void Score_LateDetectionAndFalsePositives_FollowSigmoidRules()
    {
        // Row 12 in a 5-row window ending at 14: σ̃(−3/5)/σ̃(−1). Row 5 precedes every window: −1·0.11.
        // Row 17 is 3 rows after the window: σ̃(3/4)·0.11. Row 1 is in probation (first 3 rows): ignored.
        var result = NabBenchmark.Score([TwentyRowsWithWindowAt10To14(1, 5, 12, 17)], [Standard])[0];
        var expected = (NabSweep.ScaledSigmoid(-0.6) / NabSweep.ScaledSigmoid(-1)) - 0.11 + (0.11 * NabSweep.ScaledSigmoid(0.75));
        Assert.Equal(expected, result.RawScore, 12);
    }

    [Fact]
    public void Score_NoDetectionsAtFixedThreshold_ScoresZero()
    {
        var thresholds = new Dictionary<string, double> { ["standard"] = 0.5 };
        var result = NabBenchmark.Score([TwentyRowsWithWindowAt10To14()], [Standard], thresholds)[0];
        Assert.Equal(-1.0, result.RawScore, 12);
        Assert.Equal(0, result.NormalisedScore, 9);
    }

    [Fact]
    public void Run_PublishedNumentaHtmOutput_ReproducesPublishedScores()
    {
        var nab = PublicDatasets.Folder("nab");
        var scores = NabCommand.Run(nab, "numenta", Path.Combine(nab, "results", "numenta"));
        Assert.Equal("nab standard=70.10 low_fp=63.12 low_fn=74.32", NabCommand.LastLine(scores));
    }

    [Fact]
    public void Run_OurNoveltyEnsemble_PassesFirstMilestone()
    {
        // Regression bound: the novelty ensemble measured standard 65.12, low FP 58.37, low FN 70.84.
        var scores = NabCommand.Run(PublicDatasets.Folder("nab"), NabStreamingDetector.NoveltyEnsembleName, resultsDirectory: null);
        Assert.InRange(scores.Single(s => s.Profile == "standard").NormalisedScore, 60, 100);
        Assert.InRange(scores.Single(s => s.Profile == "reward_low_FP_rate").NormalisedScore, 55, 100);
        Assert.InRange(scores.Single(s => s.Profile == "reward_low_FN_rate").NormalisedScore, 65, 100);
    }
}
