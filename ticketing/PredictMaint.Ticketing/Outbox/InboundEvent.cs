namespace PredictMaint.Ticketing.Outbox;

/// <summary>An inbound status update already seen: its id makes redelivery idempotent, its sequence orders updates per ticket.</summary>
public sealed class InboundEvent
{
    public required string EventId { get; init; }

    public Guid TicketId { get; init; }

    public long Sequence { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>applied, stale or refused.</summary>
    public required string Outcome { get; init; }
}
