namespace PredictMaint.Ticketing.Domain.Kpi;

/// <summary>What the KPIs need to know about one ticket, read in one query (server times, UTC).</summary>
/// <param name="RespondedAt">When it first left Proposed (SLA clock).</param>
/// <param name="ResolvedAt">When it was last resolved, while it stays resolved or closed; null otherwise.</param>
/// <param name="Reopens">How often it was reopened (audit trail).</param>
/// <param name="ClosedByCustomer">Closed by the customer (role <c>customer</c>) or rejected because the customer declined.</param>
/// <param name="MissedFailure">Corrective ticket with no earlier prediction for its device and component.</param>
public sealed record KpiTicket(
    Guid Id,
    TicketState State,
    bool IsPredicted,
    DateTimeOffset RaisedAt,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? ResolvedAt,
    FindingCondition? Finding,
    DateTimeOffset PredictedFailureAt,
    int? Rating,
    int Reopens,
    bool ClosedByCustomer,
    bool MissedFailure);
