using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class PredictionIntakeTests
{
    private static readonly DateTimeOffset ServerNow = new(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_NoOpenTicket_CreatesTicket() =>
        Assert.Equal(IntakeAction.CreateTicket, PredictionIntake.Decide(null, TestPredictions.For("d1")));

    [Fact]
    public void Decide_OpenTicketAndNewerPrediction_UpdatesTicket()
    {
        var ticket = Ticket.Propose(Guid.NewGuid(), TestPredictions.For("d1"), ServerNow);
        var newer = TestPredictions.For("d1", issuedAt: TestPredictions.DeviceNow.AddHours(1));

        Assert.Equal(IntakeAction.UpdateTicket, PredictionIntake.Decide(ticket, newer));
    }

    [Fact]
    public void Decide_OpenTicketAndSameIssueTime_UpdatesTicket()
    {
        var ticket = Ticket.Propose(Guid.NewGuid(), TestPredictions.For("d1"), ServerNow);

        Assert.Equal(IntakeAction.UpdateTicket, PredictionIntake.Decide(ticket, TestPredictions.For("d1")));
    }

    [Fact]
    public void Decide_OpenTicketAndOlderPrediction_CountsStaleEvidence()
    {
        var ticket = Ticket.Propose(Guid.NewGuid(), TestPredictions.For("d1"), ServerNow);
        var older = TestPredictions.For("d1", issuedAt: TestPredictions.DeviceNow.AddHours(-1));

        Assert.Equal(IntakeAction.CountStaleEvidence, PredictionIntake.Decide(ticket, older));
    }

    [Fact]
    public void Decide_TicketOfOtherComponent_Throws()
    {
        var ticket = Ticket.Propose(Guid.NewGuid(), TestPredictions.For("d1", Component.Filter), ServerNow);

        Assert.Throws<ArgumentException>(() => PredictionIntake.Decide(ticket, TestPredictions.For("d1", Component.Pump)));
    }

    [Theory]
    [InlineData(TicketKind.Corrective)]
    [InlineData(TicketKind.CustomerReported)]
    [InlineData(TicketKind.SensorFault)]
    public void RecordPrediction_OpenReportedTicket_MergesAndKeepsDescription(TicketKind kind)
    {
        var ticket = Ticket.Report(Guid.NewGuid(), kind, "site-1", "d1", Component.Filter, Priority.P3, "Water tastes odd.", ServerNow);

        var action = ticket.RecordPrediction(TestPredictions.For("d1", leadTimeHours: 10), ServerNow);

        Assert.Equal(IntakeAction.MergeIntoExisting, action);
        Assert.Equal((kind, "Water tastes odd.", Priority.P1), (ticket.Kind, ticket.Reason, ticket.Priority));
        Assert.Equal((1, 1), (ticket.PredictionCount, ticket.MergedPredictionCount));
    }

    [Fact]
    public void Report_PreventiveKind_Throws() =>
        Assert.Throws<ArgumentException>(() => Ticket.Report(Guid.NewGuid(), TicketKind.Preventive, "s", "d", Component.Filter, Priority.P3, "x", ServerNow));

    [Fact]
    public void LeadTime_Prediction_IsIssuedToPredictedFailure() =>
        Assert.Equal(TimeSpan.FromHours(30), PredictionIntake.LeadTime(TestPredictions.For("d1", leadTimeHours: 30)));
}
