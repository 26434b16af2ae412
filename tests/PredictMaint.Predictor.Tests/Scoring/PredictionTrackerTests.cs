using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class PredictionTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { MaterialChangeShare = 0.25, ClearEvaluationsBeforeRetraction = 3, TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    private static Prediction At(double issuedHours, double failureHours) => new()
    {
        SiteId = "s", DeviceId = "d", Component = Component.Filter, IssuedAt = T0.AddHours(issuedHours),
        PredictedFailureAt = T0.AddHours(failureHours), FailureWindowStart = T0.AddHours(failureHours - 5),
        FailureWindowEnd = T0.AddHours(failureHours + 5), Confidence = 0.9, ModelVersion = "m", Reason = "r",
    };

    private static PredictionDecision? Observe(PredictionTracker tracker, double hours, Prediction? prediction) =>
        tracker.Observe("s", "d", Component.Filter, T0.AddHours(hours), prediction);

    [Fact]
    public void Observe_FirstPrediction_IsSent()
    {
        var first = At(0, 60);
        Assert.Same(first, Observe(new PredictionTracker(Options), 0, first)!.Prediction);
    }

    [Fact]
    public void Observe_SmallMoveInSameBand_SendsNothing()
    {
        var tracker = new PredictionTracker(Options);
        Observe(tracker, 0, At(0, 60));
        // 60 h lead, 25 % = 15 h tolerance; the failure moved 10 h and the band stays P2.
        Assert.Null(Observe(tracker, 1, At(1, 70)));
    }

    [Fact]
    public void Observe_MoveBeyondShare_SendsUpdate()
    {
        var tracker = new PredictionTracker(Options);
        Observe(tracker, 0, At(0, 60));
        Assert.NotNull(Observe(tracker, 1, At(1, 42))!.Prediction);
    }

    [Fact]
    public void Observe_PriorityBandChanges_SendsUpdate()
    {
        var tracker = new PredictionTracker(Options);
        Observe(tracker, 0, At(0, 60));
        Assert.Null(Observe(tracker, 30, At(30, 60)));
        // Same predicted time, but 23 h ahead is P1 where 60 h was P2.
        Assert.NotNull(Observe(tracker, 37, At(37, 60))!.Prediction);
    }

    [Fact]
    public void Observe_ClearForKEvaluations_RetractsOnceThenStaysQuiet()
    {
        var tracker = new PredictionTracker(Options);
        Observe(tracker, 0, At(0, 60));
        Assert.Null(Observe(tracker, 1, null));
        Assert.Null(Observe(tracker, 2, null));
        var retraction = Observe(tracker, 3, null)!.Retraction!;
        Assert.Equal(("d", Component.Filter, "m"), (retraction.DeviceId, retraction.Component, retraction.ModelVersion));
        Assert.Equal(T0.AddHours(3), retraction.IssuedAt);
        Assert.Null(Observe(tracker, 4, null));
    }

    [Fact]
    public void Observe_FiringAgainBeforeK_ResetsTheClearCount()
    {
        var tracker = new PredictionTracker(Options);
        Observe(tracker, 0, At(0, 60));
        Observe(tracker, 1, null);
        Observe(tracker, 2, null);
        Assert.Null(Observe(tracker, 3, At(3, 60)));
        Assert.Null(Observe(tracker, 4, null));
        Assert.Null(Observe(tracker, 5, null));
        Assert.NotNull(Observe(tracker, 6, null)!.Retraction);
    }

    [Fact]
    public void Observe_NeverPredicted_NoRetraction()
    {
        var tracker = new PredictionTracker(Options);
        Assert.All(Enumerable.Range(0, 5), h => Assert.Null(Observe(tracker, h, null)));
    }

    [Fact]
    public void Rollback_AfterFailedSend_DecidesTheSameAgain()
    {
        var tracker = new PredictionTracker(Options);
        var checkpoint = tracker.Checkpoint("s", "d");
        Assert.NotNull(Observe(tracker, 0, At(0, 60)));
        tracker.Rollback("s", "d", checkpoint);
        Assert.NotNull(Observe(tracker, 0, At(0, 60)));
    }
}
