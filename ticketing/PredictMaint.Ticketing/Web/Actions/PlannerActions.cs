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
        return Describe(result, request.Action);
    }

    /// <summary>Whether the user's role may take <paramref name="action"/> at all (for showing the button).</summary>
    public static bool RoleMay(ClaimsPrincipal user, TicketAction action, TicketState state)
    {
        var rule = TicketWorkflow.RuleFor(action);
        return rule.From.Contains(state) && rule.Roles.Contains(ClaimsActor.Of(user).Role);
    }

    private static ActionMessage Describe(TransitionResult result, TicketAction action) => result.Status switch
    {
        TransitionStatus.Done => new ActionMessage(true, $"{action}: {result.Outcome!.From} → {result.Outcome.To}."),
        TransitionStatus.NotFound => new ActionMessage(false, $"{action}: the ticket does not exist."),
        TransitionStatus.VersionMismatch => new ActionMessage(false, $"{action}: someone changed the ticket first; look at it again and retry."),
        TransitionStatus.Refused => new ActionMessage(false, $"{action} refused: {result.Outcome!.Reason}"),
        TransitionStatus.OpenTicketExists => new ActionMessage(false, $"{action}: another open ticket exists for this device and component."),
        _ => new ActionMessage(false, $"{action}: {result.Status}."),
    };
}
