using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sla;

namespace PredictMaint.Ticketing.Tests.Domain.Sla;

/// <summary>The clock on a UTC calendar open every day 08:00-17:00, so hours are easy to count by hand.</summary>
public sealed class SlaTimerTests
{
    private static readonly BusinessCalendar Calendar = new(
        TimeZoneInfo.Utc,
        Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => new WorkingHours(new TimeOnly(8, 0), new TimeOnly(17, 0))),
        new HashSet<DateOnly>());

    private static readonly SlaPolicy Policy = new(
        Enum.GetValues<Priority>().ToDictionary(p => p, _ => new SlaTargets(TimeSpan.FromHours(2), TimeSpan.FromHours(8))),
        0.75,
        TimeSpan.FromHours(1));

    private static readonly DateTimeOffset Nine = new(2040, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static SlaTimer Started(TicketState state = TicketState.Proposed) =>
        SlaTimer.Start(Guid.NewGuid(), Priority.P2, state, "UTC", null, Nine, Policy, Calendar);

    [Fact]
    public void Start_Proposed_SetsDueAndNextCheckAtResponseWarning()
    {
        var timer = Started();

        Assert.Equal((Nine.AddHours(2), Nine.AddHours(8), Nine.AddHours(1.5)), (timer.ResponseDueAt, timer.ResolutionDueAt, timer.NextCheckAt));
    }

    [Fact]
    public void Start_AutoApproved_CountsAsResponded()
    {
        var timer = Started(TicketState.Approved);

        Assert.Equal((Nine, (DateTimeOffset?)null), (timer.RespondedAt, timer.ResponseDueAt));
    }

    [Fact]
    public void Follow_PausedWhileOffered_ShiftsResolutionDueByPausedBusinessTime()
    {
        var timer = Started();
        timer.Follow(TicketState.Proposed, TicketState.Approved, Priority.P2, Nine.AddHours(1), Policy, Calendar);
        timer.Follow(TicketState.Approved, TicketState.Offered, Priority.P2, Nine.AddHours(2), Policy, Calendar);
        var whilePaused = (timer.IsPaused, timer.ResolutionDueAt, timer.NextCheckAt);

        // Paused 11:00 to next day 10:00 = 6 h + 2 h of business time.
        timer.Follow(TicketState.Offered, TicketState.Booked, Priority.P2, Nine.AddHours(25), Policy, Calendar);

        Assert.Equal((true, (DateTimeOffset?)null, (DateTimeOffset?)null), whilePaused);
        Assert.Equal((false, Calendar.Add(Nine, TimeSpan.FromHours(16))), (timer.IsPaused, timer.ResolutionDueAt));
    }

    [Fact]
    public void Evaluate_WarningThenBreach_NotifiesEachOnce()
    {
        var timer = Started();

        var early = timer.Evaluate(Nine.AddHours(1), Policy, Calendar);
        var warning = timer.Evaluate(Nine.AddHours(1.6), Policy, Calendar);
        var again = timer.Evaluate(Nine.AddHours(1.7), Policy, Calendar);
        var breach = timer.Evaluate(Nine.AddHours(2.1), Policy, Calendar);

        Assert.Empty(early);
        Assert.Equal((SlaNotificationKind.Warning, SlaTarget.Response), (warning.Single().Kind, warning.Single().Target));
        Assert.Empty(again);
        Assert.Equal((SlaNotificationKind.Escalation, 1, "technician"), (breach.Single().Kind, breach.Single().Level, breach.Single().NotifyRole));
        Assert.True(timer.ResponseBreached);
    }

    [Fact]
    public void Evaluate_ChainAfterBreach_PlannerThenSupervisorThenStops()
    {
        var timer = Started();
        timer.Evaluate(Nine.AddHours(2), Policy, Calendar);

        var tooSoon = timer.Evaluate(Nine.AddHours(2.5), Policy, Calendar);
        var planner = timer.Evaluate(Nine.AddHours(3), Policy, Calendar);
        var supervisor = timer.Evaluate(Nine.AddHours(4), Policy, Calendar);
        var after = timer.Evaluate(Nine.AddHours(5), Policy, Calendar);

        Assert.Empty(tooSoon);
        Assert.Equal((2, "planner"), (planner.Single().Level, planner.Single().NotifyRole));
        Assert.Equal((3, "supervisor"), (supervisor.Single().Level, supervisor.Single().NotifyRole));
        Assert.DoesNotContain(after, n => n.Kind == SlaNotificationKind.Escalation);
    }

    [Fact]
    public void Evaluate_LongOutage_SendsOneStepNotAllThree()
    {
        var timer = Started();

        var notifications = timer.Evaluate(Nine.AddDays(10), Policy, Calendar);

        Assert.Equal(1, timer.EscalationLevel);
        Assert.Single(notifications, n => n.Kind == SlaNotificationKind.Escalation);
    }

    [Fact]
    public void Follow_Resolved_StopsEverything()
    {
        var timer = Started();
        timer.Follow(TicketState.Proposed, TicketState.Cancelled, Priority.P2, Nine.AddHours(1), Policy, Calendar);

        Assert.Equal(((DateTimeOffset?)null, 0), (timer.NextCheckAt, timer.Evaluate(Nine.AddDays(30), Policy, Calendar).Count));
    }

    [Fact]
    public void Follow_Reopened_FreshResolutionTargetFromReopening()
    {
        var timer = Started(TicketState.Approved);
        timer.Evaluate(Nine.AddDays(3), Policy, Calendar);
        timer.Follow(TicketState.OnSite, TicketState.Resolved, Priority.P2, Nine.AddDays(3), Policy, Calendar);

        timer.Follow(TicketState.Closed, TicketState.Reopened, Priority.P2, Nine.AddDays(4), Policy, Calendar);

        Assert.Equal((false, 0, Nine.AddDays(4).AddHours(8)), (timer.ResolutionBreached, timer.EscalationLevel, timer.ResolutionDueAt));
    }

    [Theory]
    [InlineData(TicketState.Proposed, TicketState.Approved, true)]
    [InlineData(TicketState.Approved, TicketState.Offered, true)]
    [InlineData(TicketState.Offered, TicketState.Booked, true)]
    [InlineData(TicketState.OnSite, TicketState.Resolved, true)]
    [InlineData(TicketState.Closed, TicketState.Reopened, true)]
    [InlineData(TicketState.Booked, TicketState.Assigned, false)]
    [InlineData(TicketState.EnRoute, TicketState.OnSite, false)]
    [InlineData(TicketState.Resolved, TicketState.Closed, false)]
    public void AffectsClock_Transition_OnlyWhenTheClockCanChange(TicketState from, TicketState to, bool expected) =>
        Assert.Equal(expected, SlaStates.AffectsClock(from, to));

    [Fact]
    public void Evaluate_LateResponse_EndsChainUntilResolutionBreachStartsAnew()
    {
        var timer = Started();
        timer.Evaluate(Nine.AddHours(2), Policy, Calendar);
        timer.Follow(TicketState.Proposed, TicketState.Approved, Priority.P2, Nine.AddHours(2.5), Policy, Calendar);

        var afterResponse = timer.Evaluate(Nine.AddHours(4), Policy, Calendar);
        var resolutionBreach = timer.Evaluate(Nine.AddHours(8), Policy, Calendar);

        Assert.DoesNotContain(afterResponse, n => n.Kind == SlaNotificationKind.Escalation);
        var escalation = Assert.Single(resolutionBreach, n => n.Kind == SlaNotificationKind.Escalation);
        Assert.Equal((SlaTarget.Resolution, 1), (escalation.Target, escalation.Level));
    }
}
