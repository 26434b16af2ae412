using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Security;
using S = PredictMaint.Ticketing.Domain.TicketState;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class TicketWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2040, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The legal moves, written out by hand so a change to the table must change this too.</summary>
    private static readonly Dictionary<(S From, TicketAction Action), S> Legal = new()
    {
        [(S.Proposed, TicketAction.Approve)] = S.Approved,
        [(S.Proposed, TicketAction.Reject)] = S.Rejected,
        [(S.Approved, TicketAction.Reject)] = S.Rejected,
        [(S.Offered, TicketAction.Reject)] = S.Rejected,
        [(S.Approved, TicketAction.Offer)] = S.Offered,
        [(S.Offered, TicketAction.Book)] = S.Booked,
        [(S.Booked, TicketAction.Reschedule)] = S.Booked,
        [(S.Booked, TicketAction.Assign)] = S.Assigned,
        [(S.Reopened, TicketAction.Assign)] = S.Assigned,
        [(S.Assigned, TicketAction.Depart)] = S.EnRoute,
        [(S.EnRoute, TicketAction.Arrive)] = S.OnSite,
        [(S.OnSite, TicketAction.Resolve)] = S.Resolved,
        [(S.Resolved, TicketAction.Close)] = S.Closed,
        [(S.Proposed, TicketAction.Cancel)] = S.Cancelled,
        [(S.Approved, TicketAction.Cancel)] = S.Cancelled,
        [(S.Offered, TicketAction.Cancel)] = S.Cancelled,
        [(S.Booked, TicketAction.Cancel)] = S.Cancelled,
        [(S.Assigned, TicketAction.Cancel)] = S.Cancelled,
        [(S.EnRoute, TicketAction.Cancel)] = S.Cancelled,
        [(S.Reopened, TicketAction.Cancel)] = S.Cancelled,
        [(S.Closed, TicketAction.Reopen)] = S.Reopened,
        [(S.Resolved, TicketAction.Reopen)] = S.Reopened,
    };

    private static readonly Dictionary<TicketAction, string[]> Who = new()
    {
        [TicketAction.Approve] = [Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.System],
        [TicketAction.Reject] = [Roles.Planner, Roles.Supervisor, Roles.Admin],
        [TicketAction.Offer] = [Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Dispatch, Roles.System],
        [TicketAction.Book] = [Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Dispatch, Roles.Customer],
        [TicketAction.Reschedule] = [Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Dispatch, Roles.Customer],
        [TicketAction.Assign] = [Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Dispatch],
        [TicketAction.Depart] = [Roles.Technician, Roles.Dispatch],
        [TicketAction.Arrive] = [Roles.Technician, Roles.Dispatch],
        [TicketAction.Resolve] = [Roles.Technician, Roles.Dispatch],
        [TicketAction.Close] = [Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Customer],
        [TicketAction.Cancel] = [Roles.Planner, Roles.Supervisor, Roles.Admin],
        [TicketAction.Reopen] = [Roles.Planner, Roles.Supervisor, Roles.Admin, Roles.Customer],
    };

    private static readonly string[] AllRoles = [.. Roles.Grantable, Roles.System, Roles.Customer];

    public static TheoryData<S, TicketAction> EveryStateAndAction()
    {
        var data = new TheoryData<S, TicketAction>();
        foreach (var state in Enum.GetValues<S>())
        {
            foreach (var action in Enum.GetValues<TicketAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    public static TheoryData<TicketAction, string> EveryActionAndRole()
    {
        var data = new TheoryData<TicketAction, string>();
        foreach (var action in Enum.GetValues<TicketAction>())
        {
            foreach (var role in AllRoles)
            {
                data.Add(action, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void Evaluate_EveryStateAndAction_AllowsExactlyTheLegalMoves(S state, TicketAction action)
    {
        var outcome = TicketWorkflow.Evaluate(state, Now, ValidTransitions.For(action), new Actor("a", Who[action][0]), Now);

        if (Legal.TryGetValue((state, action), out var expected))
        {
            Assert.True(outcome.Allowed, outcome.Reason);
            Assert.Equal(expected, outcome.To);
        }
        else
        {
            Assert.Equal(TransitionRefusal.IllegalFromState, outcome.Refusal);
            Assert.Equal(state, outcome.To);
            Assert.Contains(action.ToString(), outcome.Reason, StringComparison.Ordinal);
            Assert.Contains(state.ToString(), outcome.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryActionAndRole))]
    public void Evaluate_EveryActionAndRole_AllowsOnlyNamedRoles(TicketAction action, string role)
    {
        var from = Legal.Keys.First(k => k.Action == action).From;

        var outcome = TicketWorkflow.Evaluate(from, Now, ValidTransitions.For(action), new Actor("a", role), Now);

        if (Who[action].Contains(role))
        {
            Assert.True(outcome.Allowed, outcome.Reason);
        }
        else
        {
            Assert.Equal(TransitionRefusal.RoleNotAllowed, outcome.Refusal);
            Assert.Contains(role, outcome.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rules_EveryAction_HasExactlyOneRule() =>
        Assert.Equal(Enum.GetValues<TicketAction>().Order(), TicketWorkflow.Rules.Select(r => r.Action).Order());

    [Fact]
    public void Grantable_Customer_NeverGivenToAnApiKey() => Assert.DoesNotContain(Roles.Customer, Roles.Grantable);

    [Fact]
    public void Evaluate_PredictorServiceAccount_MayNotApprove()
    {
        var outcome = TicketWorkflow.Evaluate(S.Proposed, null, new(TicketAction.Approve), new Actor("predictor", Roles.Predictor), Now);

        Assert.Equal(TransitionRefusal.RoleNotAllowed, outcome.Refusal);
    }
}
