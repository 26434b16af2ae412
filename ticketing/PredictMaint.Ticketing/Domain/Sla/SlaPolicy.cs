namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>
/// The SLA rules that do not depend on the site: targets per priority, when to warn, how long
/// each escalation level has before the next one is called.
/// </summary>
/// <param name="Targets">Business-time targets for every priority.</param>
/// <param name="WarningFraction">Warn once this share of a target has passed (0.75 = a quarter left).</param>
/// <param name="EscalationInterval">Business time one escalation level has before the next is notified.</param>
public sealed record SlaPolicy(IReadOnlyDictionary<Priority, SlaTargets> Targets, double WarningFraction, TimeSpan EscalationInterval)
{
    public SlaTargets For(Priority priority) =>
        Targets.TryGetValue(priority, out var targets) ? targets : throw new ArgumentOutOfRangeException(nameof(priority), priority, "No SLA target for this priority.");
}
