namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Delivers a customer message (offer or visit step) over one channel: mail
/// (<see cref="SmtpOfferNotifier"/>) or SMS (<see cref="WebhookSmsNotifier"/>). Throws when
/// delivery failed and may succeed later; the relay then retries with backoff.
/// </summary>
public interface IOfferNotifier
{
    /// <summary>The channel name queued notifications carry, e.g. <c>email</c>.</summary>
    string Channel { get; }

    Task SendAsync(OfferMessage message, CancellationToken cancellationToken = default);
}
