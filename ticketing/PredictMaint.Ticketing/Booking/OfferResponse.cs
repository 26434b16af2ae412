namespace PredictMaint.Ticketing.Booking;

public enum OfferResponse
{
    Recorded,

    /// <summary>The link was used before; nothing changed.</summary>
    LinkAlreadyUsed,

    /// <summary>The ticket is no longer waiting for the customer (e.g. rejected or cancelled meanwhile).</summary>
    NoLongerOpen,
}
