namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Delivers an offer over one channel (mail now; SMS is another implementation). Throws when
/// delivery failed and may succeed later; the relay then retries with backoff.
/// </summary>
public interface IOfferNotifier
{
    /// <summary>The channel name queued notifications carry, e.g. <c>email</c>.</summary>
    string Channel { get; }

    Task SendAsync(OfferMessage message, CancellationToken cancellationToken = default);
}
