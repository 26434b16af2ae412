using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>
/// Who hears about a breach, level by level: first whoever holds the ticket (the assigned
/// technician), then the planners, then a supervisor. Warnings go to the assignee.
/// </summary>
public static class EscalationChain
{
    public const int TopLevel = 3;

    public static string RoleFor(int level) => level switch
    {
        <= 1 => Roles.Technician,
        2 => Roles.Planner,
        _ => Roles.Supervisor,
    };
}
