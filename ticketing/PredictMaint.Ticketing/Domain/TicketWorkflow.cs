using System.Collections.Frozen;
using PredictMaint.Ticketing.Security;
using S = PredictMaint.Ticketing.Domain.TicketState;

namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// The ticket state machine as one table: for each action, the states it applies in, the
/// state it leads to and the roles that may take it; plus the evidence each action needs.
/// Pure: the caller supplies the clock reading.
/// </summary>
public static class TicketWorkflow
{
    /// <summary>How long after resolving or closing a ticket may be reopened (e.g. the fix did not hold).</summary>
    public static readonly TimeSpan ReopenWindow = TimeSpan.FromHours(24);

    private static readonly string[] Planning = [Roles.Planner, Roles.Supervisor, Roles.Admin];

    public static IReadOnlyList<TransitionRule> Rules { get; } =
    [
        Rule(TicketAction.Approve, [S.Proposed], S.Approved, [.. Planning, Roles.System]),
        Rule(TicketAction.Reject, [S.Proposed, S.Approved, S.Offered], S.Rejected, Planning),
        // System: the offer relay marks the ticket Offered once the customer's offer is sent.
        Rule(TicketAction.Offer, [S.Approved], S.Offered, [.. Planning, Roles.Dispatch, Roles.System]),
        // Customer: through the signed link in the offer (booking page) or the status link (reschedule, confirm, reopen).
        Rule(TicketAction.Book, [S.Offered], S.Booked, [.. Planning, Roles.Dispatch, Roles.Customer]),
        Rule(TicketAction.Reschedule, [S.Booked], S.Booked, [.. Planning, Roles.Dispatch, Roles.Customer]),
        Rule(TicketAction.Assign, [S.Booked, S.Reopened], S.Assigned, [.. Planning, Roles.Dispatch]),
        Rule(TicketAction.Depart, [S.Assigned], S.EnRoute, [Roles.Technician, Roles.Dispatch]),
        Rule(TicketAction.Arrive, [S.EnRoute], S.OnSite, [Roles.Technician, Roles.Dispatch]),
        Rule(TicketAction.Resolve, [S.OnSite], S.Resolved, [Roles.Technician, Roles.Dispatch]),
        Rule(TicketAction.Close, [S.Resolved], S.Closed, [.. Planning, Roles.Customer]),
        Rule(
            TicketAction.Cancel,
            [S.Proposed, S.Approved, S.Offered, S.Booked, S.Assigned, S.EnRoute, S.Reopened],
            S.Cancelled,
            Planning),
        Rule(TicketAction.Reopen, [S.Resolved, S.Closed], S.Reopened, [.. Planning, Roles.Customer]),
    ];

    private static readonly FrozenDictionary<TicketAction, TransitionRule> ByAction =
        Rules.ToFrozenDictionary(r => r.Action);

    public static TransitionRule RuleFor(TicketAction action) =>
        ByAction.TryGetValue(action, out var rule) ? rule : throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");

    /// <summary>
    /// Whether <paramref name="actor"/> may take <paramref name="request"/> on a ticket in
    /// <paramref name="state"/>. Checked in order: state, role, evidence, reopen window — so
    /// the reason names the first thing that is wrong. <paramref name="finishedAt"/> is when the
    /// ticket reached Resolved or Closed (whichever it is in); the reopen window counts from it.
    /// </summary>
    public static TransitionOutcome Evaluate(
        TicketState state,
        DateTimeOffset? finishedAt,
        TransitionRequest request,
        Actor actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var rule = RuleFor(request.Action);
        if (!rule.From.Contains(state))
        {
            var allowed = string.Join(", ", rule.From.Order());
            return TransitionOutcome.Refuse(
                TransitionRefusal.IllegalFromState,
                $"'{request.Action}' is not possible on a {state} ticket; it applies to: {allowed}.",
                state);
        }

        if (!rule.Roles.Contains(actor.Role))
        {
            return TransitionOutcome.Refuse(
                TransitionRefusal.RoleNotAllowed,
                $"Role '{actor.Role}' may not {request.Action}; allowed: {string.Join(", ", rule.Roles.Order(StringComparer.Ordinal))}.",
                state);
        }

        if (TransitionEvidence.Missing(request) is { } missing)
        {
            return TransitionOutcome.Refuse(TransitionRefusal.MissingEvidence, missing, state);
        }

        if (request.Action == TicketAction.Reopen && (finishedAt is null || now - finishedAt.Value > ReopenWindow))
        {
            return TransitionOutcome.Refuse(
                TransitionRefusal.ReopenWindowExpired,
                $"A ticket can be reopened only within {ReopenWindow.TotalHours:0} h of being {state} (since {finishedAt:O}).",
                state);
        }

        return TransitionOutcome.Allow(state, rule.To);
    }

    private static TransitionRule Rule(TicketAction action, TicketState[] from, TicketState to, string[] roles) =>
        new(action, from.ToFrozenSet(), to, roles.ToFrozenSet(StringComparer.Ordinal));
}
