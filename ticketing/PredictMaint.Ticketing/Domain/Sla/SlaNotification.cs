namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>Something the SLA clock wants people to know about one ticket.</summary>
/// <param name="Target">The target warned about or breached; for levels 2 and 3, the breach that started the chain.</param>
/// <param name="Level">Escalation level (1 assignee, 2 planner, 3 supervisor); 0 for a warning.</param>
/// <param name="NotifyRole">Who is told: <see cref="EscalationChain"/>.</param>
/// <param name="DueAt">The due time warned about or missed.</param>
public sealed record SlaNotification(SlaNotificationKind Kind, SlaTarget Target, int Level, string NotifyRole, DateTimeOffset DueAt, DateTimeOffset At);
