using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class EvaluationScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset[] Samples = Enumerable.Range(0, 31).Select(i => T0.AddMinutes(10 * i)).ToArray(); // 0..5 h

    [Fact]
    public void Times_FirstCycle_EveryStepFromTheFirstSampleAndTheNewest() =>
        Assert.Equal([T0.AddHours(2), T0.AddHours(4), T0.AddHours(5)], EvaluationSchedule.Times(Samples, null, TimeSpan.FromHours(2)));

    [Fact]
    public void Times_AfterEarlierEvaluation_OnlyLaterTimes() =>
        Assert.Equal([T0.AddHours(4), T0.AddHours(5)], EvaluationSchedule.Times(Samples, T0.AddHours(3), TimeSpan.FromHours(1)));

    [Fact]
    public void Times_NothingNew_Empty()
    {
        Assert.Empty(EvaluationSchedule.Times(Samples, T0.AddHours(5), TimeSpan.FromHours(1)));
        Assert.Empty(EvaluationSchedule.Times([], null, TimeSpan.FromHours(1)));
    }
}
