using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class TicketPriorityTests
{
    private static readonly Actor Planner = new("pat", "planner");

    [Theory]
    [InlineData(Priority.P0)]
    [InlineData(Priority.P3)]
    public void ChangePriority_PlannerOnOpenTicket_SetsItUpOrDownAndBumpsVersion(Priority wanted)
    {
        var ticket = Propose(leadTimeHours: 48); // P2 from the lead-time rule

        var outcome = ticket.ChangePriority(wanted, Planner);

        Assert.True(outcome.Allowed);
        Assert.Equal((wanted, 2), (ticket.Priority, ticket.Version));
    }

    [Theory]
    [InlineData("technician")]
    [InlineData("dispatch")]
    [InlineData("predictor")]
    [InlineData("system")]
    public void ChangePriority_RoleThatDoesNotPlan_RefusedUnchanged(string role)
    {
        var ticket = Propose(leadTimeHours: 48);

        var outcome = ticket.ChangePriority(Priority.P1, new Actor("x", role));

        Assert.Equal(TransitionRefusal.RoleNotAllowed, outcome.Refusal);
        Assert.Equal((Priority.P2, 1), (ticket.Priority, ticket.Version));
    }

    [Fact]
    public void ChangePriority_ClosedTicket_Refused()
    {
        var ticket = Propose(leadTimeHours: 48);
        ticket.Transition(new TransitionRequest(TicketAction.Reject) { RejectionReason = RejectionReason.FalseAlarm }, Planner, TestPredictions.DeviceNow);

        var outcome = ticket.ChangePriority(Priority.P1, Planner);

        Assert.Equal(TransitionRefusal.IllegalFromState, outcome.Refusal);
        Assert.Equal(Priority.P2, ticket.Priority);
    }

    [Fact]
    public void ChangePriority_SamePriority_RefusedWithoutNewVersion()
    {
        var ticket = Propose(leadTimeHours: 48);

        Assert.False(ticket.ChangePriority(Priority.P2, Planner).Allowed);
        Assert.Equal(1, ticket.Version);
    }

    private static Ticket Propose(double leadTimeHours) =>
        Ticket.Propose(Guid.NewGuid(), TestPredictions.For(TestPredictions.NewDeviceId(), leadTimeHours: leadTimeHours), TestPredictions.DeviceNow);
}
