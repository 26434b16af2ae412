namespace PredictMaint.Ticketing.Booking;

/// <summary>The verdict on a presented link.</summary>
public enum OfferLinkCheck
{
    Valid,

    /// <summary>Not a token we could have issued (bad format or signature).</summary>
    Forged,
    Expired,
}
