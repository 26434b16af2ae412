namespace PredictMaint.Ticketing.Audit;

/// <summary>
/// One change to one ticket, never updated or deleted. <see cref="Sequence"/> is the ticket's
/// version after the change; <see cref="Hash"/> covers the previous record's hash and this
/// record's canonical form (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; init; }

    public Guid TicketId { get; init; }

    public int Sequence { get; init; }

    public required string Actor { get; init; }

    public required string Role { get; init; }

    /// <summary>What happened: a workflow action, "Create", "Prediction", "Retraction"…</summary>
    public required string Action { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>Canonical ticket JSON before the change; null for the record that created the ticket.</summary>
    public string? Before { get; init; }

    public required string After { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
