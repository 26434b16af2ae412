using System.Security.Claims;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Web.Actions;

/// <summary>
/// What the planner pages do to tickets, through the same store and workflow table as the API
/// (<see cref="TicketWorkflowStore"/>): roles, evidence and versions are checked there, not here.
/// </summary>
public sealed class PlannerActions(TicketWorkflowStore store)
{
    /// <summary>Applies <paramref name="request"/> to the ticket at <paramref name="version"/>; the message says what came of it.</summary>
    public async Task<ActionMessage> TransitionAsync(ClaimsPrincipal user, Guid id, int version, TransitionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await store.TransitionAsync(id, version, request, ClaimsActor.Of(user), cancellationToken);
        return Describe(result, request.Action.ToString());
    }

    /// <summary>Sets the priority through the domain rule (<see cref="Ticket.ChangePriority"/>).</summary>
    public async Task<ActionMessage> ChangePriorityAsync(ClaimsPrincipal user, Guid id, int version, Priority priority, CancellationToken cancellationToken = default)
    {
        var result = await store.ChangePriorityAsync(id, version, priority, ClaimsActor.Of(user), cancellationToken);
        return result.Status == TransitionStatus.Done
            ? new ActionMessage(true, $"Priority is now {priority}.")
            : Describe(result, "Change priority");
    }

    /// <summary>Merges the ticket as a duplicate into <paramref name="into"/> (<see cref="Ticket.MergeInto"/>).</summary>
    public async Task<ActionMessage> MergeAsync(ClaimsPrincipal user, Guid id, int version, Guid into, string? note, CancellationToken cancellationToken = default)
    {
        var result = await store.MergeAsync(id, version, into, note, ClaimsActor.Of(user), cancellationToken);
        return result.Status == TransitionStatus.Done
            ? new ActionMessage(true, $"Merged into ticket {into}; this ticket is now {result.Ticket!.State}.")
            : Describe(result, "Merge");
    }

    /// <summary>Whether the user's role may take <paramref name="action"/> at all (for showing the button).</summary>
    public static bool RoleMay(ClaimsPrincipal user, TicketAction action, TicketState state)
    {
        var rule = TicketWorkflow.RuleFor(action);
        return rule.From.Contains(state) && rule.Roles.Contains(ClaimsActor.Of(user).Role);
    }

    private static ActionMessage Describe(TransitionResult result, string action) => result.Status switch
    {
        TransitionStatus.Done => new ActionMessage(true, $"{action}: {result.Outcome!.From} → {result.Outcome.To}."),
        TransitionStatus.NotFound => new ActionMessage(false, $"{action}: the ticket does not exist."),
        TransitionStatus.VersionMismatch => new ActionMessage(false, $"{action}: someone changed the ticket first; look at it again and retry."),
        TransitionStatus.Refused => new ActionMessage(false, $"{action} refused: {result.Outcome!.Reason}"),
        TransitionStatus.OpenTicketExists => new ActionMessage(false, $"{action}: another open ticket exists for this device and component."),
        _ => new ActionMessage(false, $"{action}: {result.Status}."),
    };
}
