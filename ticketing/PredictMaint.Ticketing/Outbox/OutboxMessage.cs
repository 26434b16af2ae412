namespace PredictMaint.Ticketing.Outbox;

/// <summary>
/// An event for the dispatch pipeline, saved in the same transaction as the ticket change.
/// <see cref="Id"/> is the idempotency key; <see cref="Sequence"/> (the ticket version) orders
/// one ticket's events. The relay owns the delivery columns.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public Guid TicketId { get; init; }

    public int Sequence { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? DeadLetteredAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Neither delivered nor given up on.</summary>
    public bool Pending { get; set; } = true;
}
