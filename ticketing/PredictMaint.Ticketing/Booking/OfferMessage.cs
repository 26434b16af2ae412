namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// A composed customer message, ready for a channel: recipient (e-mail address or E.164 phone
/// number), language, subject and plain-text body (for SMS the short text; the subject is unused).
/// </summary>
public sealed record OfferMessage(string Recipient, string Language, string Subject, string Body)
{
    /// <summary>The queued notification's id: stable across retries, so a channel can pass it on as an idempotency key.</summary>
    public Guid Id { get; init; }
}
