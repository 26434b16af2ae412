using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;
using PredictMaint.Ticketing.Web.Queue;

namespace PredictMaint.Ticketing.Tests.Web.Queue;

public sealed class ReviewQueueOrderTests
{
    private static readonly DateTimeOffset Now = TestPredictions.DeviceNow;

    [Fact]
    public void Sort_DifferentRemainingLife_SoonestFirst()
    {
        var later = Propose(leadHours: 200, confidence: 0.99);
        var sooner = Propose(leadHours: 50, confidence: 0.5);

        Assert.Equal([sooner.Id, later.Id], ReviewQueueOrder.Sort([later, sooner], Now).Select(t => t.Id));
    }

    [Fact]
    public void Sort_SameRemainingLife_MoreConfidentFirst()
    {
        var unsure = Propose(leadHours: 100, confidence: 0.6);
        var sure = Propose(leadHours: 100, confidence: 0.9);

        Assert.Equal([sure.Id, unsure.Id], ReviewQueueOrder.Sort([unsure, sure], Now).Select(t => t.Id));
    }

    [Fact]
    public void RemainingLife_FailureAlreadyDue_Negative()
    {
        var ticket = Propose(leadHours: 10, confidence: 0.8);

        Assert.True(ReviewQueueOrder.RemainingLife(ticket, Now.AddHours(11)) < TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromHours(10), ReviewQueueOrder.RemainingLife(ticket, Now));
    }

    private static Ticket Propose(double leadHours, double confidence)
    {
        var prediction = TestPredictions.For(TestPredictions.NewDeviceId(), Component.Filter, leadHours) with { Confidence = confidence };
        return Ticket.Propose(Guid.NewGuid(), prediction, Now);
    }
}
