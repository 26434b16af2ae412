using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Security;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class TicketTransitionTests
{
    private static readonly Actor Planner = new("pat", Roles.Planner);
    private static readonly Actor Technician = new("tess", Roles.Technician);
    private static readonly Actor Customer = new("customer:site-1", Roles.Customer);
    private readonly ManualClock clock = new(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Transition_WholeHappyPath_EndsClosedWithEvidence()
    {
        var ticket = NewTicket();

        var closed = WalkToClosed(ticket);

        Assert.Equal(TicketState.Closed, ticket.State);
        Assert.False(ticket.IsOpen);
        Assert.Equal(clock.Now, closed);
        Assert.Equal("tech-7", ticket.TechnicianId);
        Assert.Equal(("FLT-200", FindingCondition.ConfirmsPrediction), (ticket.PartReplaced, ticket.FindingCondition));
        Assert.Equal("flow_lpm=12;pressure_drop_kpa=21.5", ticket.ReadingsAfterFix);
        Assert.Equal(1 + 8, ticket.Version);
    }

    [Fact]
    public void Transition_Refused_ChangesNothing()
    {
        var ticket = NewTicket();

        var outcome = ticket.Transition(ValidTransitions.For(TicketAction.Close), Planner, clock.Now);

        Assert.False(outcome.Allowed);
        Assert.Equal((TicketState.Proposed, 1, (DateTimeOffset?)null), (ticket.State, ticket.Version, ticket.StateChangedAt));
    }

    [Fact]
    public void Reopen_AtExactlyTheWindow_Allowed()
    {
        var ticket = NewTicket();
        WalkToClosed(ticket);
        clock.Now += TicketWorkflow.ReopenWindow;

        var outcome = ticket.Transition(ValidTransitions.For(TicketAction.Reopen), Planner, clock.Now);

        Assert.True(outcome.Allowed, outcome.Reason);
        Assert.Equal(TicketState.Reopened, ticket.State);
        Assert.True(ticket.IsOpen);
        Assert.Null(ticket.ClosedAt);
    }

    [Fact]
    public void Reopen_JustAfterTheWindow_RefusedWithReason()
    {
        var ticket = NewTicket();
        WalkToClosed(ticket);
        clock.Now += TicketWorkflow.ReopenWindow + TimeSpan.FromTicks(1);

        var outcome = ticket.Transition(ValidTransitions.For(TicketAction.Reopen), Planner, clock.Now);

        Assert.Equal(TransitionRefusal.ReopenWindowExpired, outcome.Refusal);
        Assert.Contains("24 h", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(TicketState.Closed, ticket.State);
    }

    [Fact]
    public void Reopen_ThenAssign_GoesBackToTheField()
    {
        var ticket = NewTicket();
        WalkToClosed(ticket);
        clock.Now += TimeSpan.FromHours(3);
        Assert.True(ticket.Transition(ValidTransitions.For(TicketAction.Reopen), Planner, clock.Now).Allowed);

        var outcome = ticket.Transition(ValidTransitions.For(TicketAction.Assign), Planner, clock.Now);

        Assert.True(outcome.Allowed, outcome.Reason);
        Assert.Equal(TicketState.Assigned, ticket.State);
    }

    [Fact]
    public void Reopen_ResolvedByCustomerWithinTheWindow_Reopened()
    {
        var ticket = NewTicket();
        WalkToClosed(ticket, close: false);
        clock.Now += TicketWorkflow.ReopenWindow;

        var outcome = ticket.Transition(ValidTransitions.For(TicketAction.Reopen), Customer, clock.Now);

        Assert.True(outcome.Allowed, outcome.Reason);
        Assert.Equal(TicketState.Reopened, ticket.State);
        Assert.Null(ticket.FinishedAt);
    }

    [Fact]
    public void Reopen_ResolvedMoreThanADayAgo_RefusedEvenForTheCustomer()
    {
        var ticket = NewTicket();
        WalkToClosed(ticket, close: false);
        var resolvedAt = clock.Now;
        clock.Now += TicketWorkflow.ReopenWindow + TimeSpan.FromTicks(1);

        var outcome = ticket.Transition(ValidTransitions.For(TicketAction.Reopen), Customer, clock.Now);

        Assert.Equal(resolvedAt, ticket.FinishedAt);
        Assert.Equal(TransitionRefusal.ReopenWindowExpired, outcome.Refusal);
        Assert.Equal(TicketState.Resolved, ticket.State);
    }

    [Fact]
    public void Close_ByCustomerConfirming_ClosedAndFinishedAtIsTheClosing()
    {
        var ticket = NewTicket();
        WalkToClosed(ticket, close: false);
        clock.Now += TimeSpan.FromHours(2);

        var outcome = ticket.Transition(ValidTransitions.For(TicketAction.Close), Customer, clock.Now);

        Assert.True(outcome.Allowed, outcome.Reason);
        Assert.Equal((TicketState.Closed, (DateTimeOffset?)clock.Now), (ticket.State, ticket.FinishedAt));
    }

    [Fact]
    public void Reschedule_Booked_MovesTheSlotAndStaysBooked()
    {
        var ticket = NewTicket();
        foreach (var action in new[] { TicketAction.Approve, TicketAction.Offer, TicketAction.Book })
        {
            Assert.True(ticket.Transition(ValidTransitions.For(action), Planner, clock.Now).Allowed);
        }

        var later = new DateTimeOffset(2040, 1, 4, 13, 0, 0, TimeSpan.Zero);
        var outcome = ticket.Transition(new(TicketAction.Reschedule) { SlotStart = later }, Customer, clock.Now);

        Assert.True(outcome.Allowed, outcome.Reason);
        Assert.Equal((TicketState.Booked, (DateTimeOffset?)later), (ticket.State, ticket.SlotStart));
    }

    [Fact]
    public void Approve_ByCustomer_Refused()
    {
        var outcome = NewTicket().Transition(ValidTransitions.For(TicketAction.Approve), Customer, clock.Now);

        Assert.Equal(TransitionRefusal.RoleNotAllowed, outcome.Refusal);
    }

    [Fact]
    public void Reject_WithReasonCode_StoresTheCode()
    {
        var ticket = NewTicket();

        ticket.Transition(new(TicketAction.Reject) { RejectionReason = RejectionReason.AlreadyServiced }, Planner, clock.Now);

        Assert.Equal((TicketState.Rejected, RejectionReason.AlreadyServiced), (ticket.State, ticket.RejectionReason));
    }

    [Fact]
    public void FlagRetraction_OpenTicket_NeedsReviewAndKeepsState()
    {
        var ticket = NewTicket();

        ticket.FlagRetraction("rul-2", "sensor recalibrated", clock.Now);

        Assert.True(ticket.NeedsReview);
        Assert.Contains("sensor recalibrated", ticket.ReviewNote, StringComparison.Ordinal);
        Assert.Equal((TicketState.Proposed, 2), (ticket.State, ticket.Version));
    }

    private static Ticket NewTicket() =>
        Ticket.Propose(Guid.NewGuid(), TestPredictions.For("dev-sm"), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private DateTimeOffset? WalkToClosed(Ticket ticket, bool close = true)
    {
        (TicketAction Action, Actor Actor)[] steps =
        [
            (TicketAction.Approve, Planner), (TicketAction.Offer, Planner), (TicketAction.Book, Planner),
            (TicketAction.Assign, Planner), (TicketAction.Depart, Technician), (TicketAction.Arrive, Technician),
            (TicketAction.Resolve, Technician), (TicketAction.Close, Planner),
        ];
        foreach (var (action, actor) in close ? steps : steps[..^1])
        {
            var outcome = ticket.Transition(ValidTransitions.For(action), actor, clock.Now);
            Assert.True(outcome.Allowed, outcome.Reason);
        }

        return ticket.ClosedAt;
    }
}
