namespace PredictMaint.Ticketing.Booking;

/// <summary>A verified (or refused) link: what it grants, and a stable id for single use.</summary>
public sealed record OfferLink(OfferLinkCheck Check, Guid TicketId, OfferLinkPurpose Purpose, DateTimeOffset ExpiresAt, string UseId)
{
    public static OfferLink Refused(OfferLinkCheck check) => new(check, Guid.Empty, default, default, string.Empty);
}
