namespace PredictMaint.Ticketing.Booking;

public enum OfferNotificationStatus
{
    Pending,
    Sent,

    /// <summary>Gave up after the configured attempts; logged as critical.</summary>
    Failed,

    /// <summary>Nothing to send to (no site entry, no contact) or the ticket moved on before sending.</summary>
    Dropped,
}
