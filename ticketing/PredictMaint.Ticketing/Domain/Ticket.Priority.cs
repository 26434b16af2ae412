using System.Collections.Frozen;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Domain;

/// <summary>A planner's judgement on urgency, over what the lead-time rule proposed.</summary>
public sealed partial class Ticket
{
    /// <summary>Who may set a priority by hand: the roles that plan.</summary>
    public static readonly FrozenSet<string> PriorityRoles = new[] { Roles.Planner, Roles.Supervisor, Roles.Admin }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Sets the priority (up or down: unlike new evidence, a person may lower it) on an open
    /// ticket; otherwise changes nothing and says why.
    /// </summary>
    public TransitionOutcome ChangePriority(Priority priority, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsOpen)
        {
            return TransitionOutcome.Refuse(TransitionRefusal.IllegalFromState, $"The priority of a {State} ticket cannot change.", State);
        }

        if (!PriorityRoles.Contains(actor.Role))
        {
            return TransitionOutcome.Refuse(
                TransitionRefusal.RoleNotAllowed,
                $"Role '{actor.Role}' may not change the priority; allowed: {string.Join(", ", PriorityRoles.Order(StringComparer.Ordinal))}.",
                State);
        }

        if (priority == Priority)
        {
            return TransitionOutcome.Refuse(TransitionRefusal.IllegalFromState, $"The ticket is already {priority}.", State);
        }

        Priority = priority;
        Version++;
        return TransitionOutcome.Allow(State, State);
    }
}
