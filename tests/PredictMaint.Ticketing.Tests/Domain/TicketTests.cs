using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class TicketTests
{
    private static readonly DateTimeOffset ServerNow = new(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Propose_Prediction_IsProposedPreventiveTicketOnDeviceTime()
    {
        var prediction = TestPredictions.For("d1", leadTimeHours: 50) with
        {
            IssuedAt = new DateTimeOffset(2031, 3, 14, 10, 0, 0, TimeSpan.FromHours(2)),
        };

        var ticket = Ticket.Propose(Guid.NewGuid(), prediction, ServerNow);

        Assert.Equal(TicketState.Proposed, ticket.State);
        Assert.True(ticket.IsOpen);
        Assert.Equal(TicketKind.Preventive, ticket.Kind);
        Assert.Equal(Priority.P2, ticket.Priority);
        Assert.Equal(1, ticket.PredictionCount);
        Assert.Equal(new DateTimeOffset(2031, 3, 14, 8, 0, 0, TimeSpan.Zero), ticket.CreatedAt);
        Assert.Equal(TimeSpan.Zero, ticket.CreatedAt.Offset);
        Assert.Equal(ServerNow, ticket.FirstReceivedAt);
        Assert.Equal(prediction.PredictedFailureAt, ticket.PredictedFailureAt);
    }

    [Fact]
    public void RecordPrediction_ShorterLeadTime_RaisesPriorityAndTakesEvidence()
    {
        var ticket = Ticket.Propose(Guid.NewGuid(), TestPredictions.For("d1", leadTimeHours: 100), ServerNow);
        var newer = TestPredictions.For("d1", leadTimeHours: 10, issuedAt: TestPredictions.DeviceNow.AddHours(80));

        var action = ticket.RecordPrediction(newer, ServerNow.AddMinutes(5));

        Assert.Equal(IntakeAction.UpdateTicket, action);
        Assert.Equal(Priority.P1, ticket.Priority);
        Assert.Equal(2, ticket.PredictionCount);
        Assert.Equal(newer.PredictedFailureAt, ticket.PredictedFailureAt);
        Assert.Equal(newer.IssuedAt, ticket.UpdatedAt);
        Assert.Equal(ServerNow.AddMinutes(5), ticket.LastReceivedAt);
        Assert.Equal(ServerNow, ticket.FirstReceivedAt);
    }

    [Fact]
    public void RecordPrediction_LongerLeadTime_NeverLowersPriority()
    {
        var ticket = Ticket.Propose(Guid.NewGuid(), TestPredictions.For("d1", leadTimeHours: 10), ServerNow);

        ticket.RecordPrediction(TestPredictions.For("d1", leadTimeHours: 500, issuedAt: TestPredictions.DeviceNow.AddHours(1)), ServerNow);

        Assert.Equal(Priority.P1, ticket.Priority);
    }

    [Fact]
    public void RecordPrediction_OlderPrediction_CountsButKeepsNewerEvidence()
    {
        var first = TestPredictions.For("d1", leadTimeHours: 100);
        var ticket = Ticket.Propose(Guid.NewGuid(), first, ServerNow);
        var older = TestPredictions.For("d1", leadTimeHours: 30, issuedAt: TestPredictions.DeviceNow.AddHours(-2));

        var action = ticket.RecordPrediction(older, ServerNow);

        Assert.Equal(IntakeAction.CountStaleEvidence, action);
        Assert.Equal(2, ticket.PredictionCount);
        Assert.Equal(first.PredictedFailureAt, ticket.PredictedFailureAt);
        Assert.Equal(first.IssuedAt, ticket.UpdatedAt);
        Assert.Equal(Priority.P2, ticket.Priority);
    }

    [Fact]
    public void RecordPrediction_AnyChange_IncrementsVersion()
    {
        var ticket = Ticket.Propose(Guid.NewGuid(), TestPredictions.For("d1"), ServerNow);
        var before = ticket.Version;

        ticket.RecordPrediction(TestPredictions.For("d1"), ServerNow);

        Assert.Equal(before + 1, ticket.Version);
    }
}
