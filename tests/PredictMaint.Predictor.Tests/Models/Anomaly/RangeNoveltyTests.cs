using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Tests.Models.Anomaly;

public sealed class RangeNoveltyTests
{
    [Fact]
    public void Scores_NewExtreme_IsExcessOverRangeSeenBefore()
    {
        // After 0, 9, 3, 5 (range 9) the 12 exceeds the maximum by 3 → 3/9; then −0.9 undercuts the
        // minimum by 0.9 of the range 12 seen by then → 0.9/12.
        double[] series = [0, 9, 3, 5, 12, -0.9, 4];
        var scores = RangeNovelty.Scores(series, minimumHistory: 2);
        Assert.Equal(0, scores[2]);
        Assert.Equal(0, scores[3]);
        Assert.Equal(3.0 / 9, scores[4], 12);
        Assert.Equal(0.9 / 12, scores[5], 12);
        Assert.Equal(0, scores[6]);
    }

    [Fact]
    public void Scores_BeforeMinimumHistory_AreZero()
    {
        var scores = RangeNovelty.Scores([1, 100, 1000, 10000], minimumHistory: 3);
        Assert.Equal([0, 0, 0], scores[..3]);
        Assert.Equal((10000.0 - 1000) / 999, scores[3], 12);
    }
}
