namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// A message to send to a ticket's customer (the offer, or a step of the visit): queued in the
/// same transaction as the change that causes it, so it cannot be lost, and sent (with retries)
/// by <see cref="OfferRelay"/>. The message itself is composed at send time, from the ticket and
/// site as they are then.
/// </summary>
public sealed class OfferNotification
{
    public Guid Id { get; init; }

    public Guid TicketId { get; init; }

    /// <summary>Which <see cref="IOfferNotifier"/> sends it (<c>email</c> or <c>sms</c>).</summary>
    public required string Channel { get; init; }

    public CustomerMessageKind Kind { get; init; } = CustomerMessageKind.Offer;

    public OfferNotificationStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Where it went (or was meant to go).</summary>
    public string? Recipient { get; set; }

    public string? LastError { get; set; }

    public static OfferNotification For(Guid ticketId, CustomerMessageKind kind, string channel, DateTimeOffset at) => new()
    {
        Kind = kind,
        Id = Guid.CreateVersion7(at),
        TicketId = ticketId,
        Channel = channel,
        Status = OfferNotificationStatus.Pending,
        CreatedAt = at,
        NextAttemptAt = at,
    };
}
