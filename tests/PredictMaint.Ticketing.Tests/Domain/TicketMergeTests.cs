using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Security;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class TicketMergeTests
{
    private static readonly Actor Planner = new("pat", Roles.Planner);
    private static readonly DateTimeOffset Now = new(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MergeInto_OpenTicketSameSite_DuplicateCancelledPointingAtTargetWhichTakesUrgentPriority()
    {
        var device = TestPredictions.NewDeviceId();
        var target = New(device, Component.Filter, leadTimeHours: 200);
        var duplicate = New(device, Component.Pump, leadTimeHours: 10);

        var outcome = duplicate.MergeInto(target, "same leak", Planner, Now);

        Assert.True(outcome.Allowed, outcome.Reason);
        Assert.Equal((TicketState.Cancelled, target.Id, Now), (duplicate.State, duplicate.MergedIntoId, duplicate.StateChangedAt));
        Assert.StartsWith($"Merged into {target.Id}", duplicate.Note, StringComparison.Ordinal);
        Assert.EndsWith(": same leak", duplicate.Note, StringComparison.Ordinal);
        Assert.Equal((Priority.P1, 2, TicketState.Proposed), (target.Priority, target.Version, target.State));
    }

    [Fact]
    public void MergeInto_LessUrgentDuplicate_TargetPriorityKept()
    {
        var device = TestPredictions.NewDeviceId();
        var target = New(device, Component.Filter, leadTimeHours: 10);

        New(device, Component.Pump, leadTimeHours: 200).MergeInto(target, null, Planner, Now);

        Assert.Equal(Priority.P1, target.Priority);
    }

    [Fact]
    public void MergeInto_ItselfClosedOtherSiteOrByTechnician_RefusedAndNothingChanges()
    {
        var device = TestPredictions.NewDeviceId();
        var duplicate = New(device, Component.Pump, leadTimeHours: 10);
        var rejected = New(device, Component.Filter, leadTimeHours: 200);
        rejected.Transition(new TransitionRequest(TicketAction.Reject) { RejectionReason = RejectionReason.FalseAlarm }, Planner, Now);
        var elsewhere = Ticket.Propose(Guid.NewGuid(), TestPredictions.For(device, Component.Bearing) with { SiteId = "site-2" }, Now);
        var open = New(device, Component.Bearing, leadTimeHours: 50);

        var refusals = new[]
        {
            duplicate.MergeInto(duplicate, null, Planner, Now),
            duplicate.MergeInto(rejected, null, Planner, Now),
            duplicate.MergeInto(elsewhere, null, Planner, Now),
            duplicate.MergeInto(open, null, new Actor("tess", Roles.Technician), Now),
        };

        Assert.All(refusals, r => Assert.False(r.Allowed));
        Assert.Equal(TransitionRefusal.RoleNotAllowed, refusals[3].Refusal);
        Assert.Equal((TicketState.Proposed, 1, null), (duplicate.State, duplicate.Version, duplicate.MergedIntoId));
        Assert.Equal((1, 1), (elsewhere.Version, open.Version));
    }

    private static Ticket New(string device, string component, double leadTimeHours) =>
        Ticket.Propose(Guid.NewGuid(), TestPredictions.For(device, component, leadTimeHours), Now);
}
