using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class EvaluationScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset[] Samples = Enumerable.Range(0, 30).Select(i => T0.AddMinutes(5 + (10 * i))).ToArray(); // 00:05 .. 04:55

    [Fact]
    public void Times_FirstCycle_GridPointsAfterTheFirstSampleUpToTheNewest() =>
        Assert.Equal([T0.AddHours(1), T0.AddHours(2), T0.AddHours(3), T0.AddHours(4)], EvaluationSchedule.Times(Samples, null, TimeSpan.FromHours(1)));

    [Fact]
    public void Times_AfterEarlierEvaluation_OnlyLaterGridPoints() =>
        Assert.Equal([T0.AddHours(4)], EvaluationSchedule.Times(Samples, T0.AddHours(3), TimeSpan.FromHours(1)));

    [Fact]
    public void Times_DataArrivingInDifferentChunks_SameGrid()
    {
        var inOne = EvaluationSchedule.Times(Samples, null, TimeSpan.FromHours(1));
        var first = EvaluationSchedule.Times(Samples[..13], null, TimeSpan.FromHours(1));
        var rest = EvaluationSchedule.Times(Samples, first[^1], TimeSpan.FromHours(1));
        Assert.Equal(inOne, first.Concat(rest));
    }

    [Fact]
    public void Times_NothingNew_Empty()
    {
        Assert.Empty(EvaluationSchedule.Times(Samples, T0.AddHours(4), TimeSpan.FromHours(1)));
        Assert.Empty(EvaluationSchedule.Times([], null, TimeSpan.FromHours(1)));
    }
}
