namespace PredictMaint.Ticketing.Booking;

/// <summary>What a signed link lets its holder do; signed with the link so one purpose cannot be used as another.</summary>
public enum OfferLinkPurpose : byte
{
    Booking = 1,
}
