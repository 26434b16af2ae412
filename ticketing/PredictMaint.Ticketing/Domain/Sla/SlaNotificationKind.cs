namespace PredictMaint.Ticketing.Domain.Sla;

public enum SlaNotificationKind
{
    /// <summary>The warning share of a target has passed.</summary>
    Warning,

    /// <summary>A target was breached (level 1) or the previous level did not act in time (levels 2, 3).</summary>
    Escalation,
}
