namespace PredictMaint.Ticketing.Booking;

/// <summary>What a signed link lets its holder do; signed with the link so one purpose cannot be used as another.</summary>
public enum OfferLinkPurpose : byte
{
    /// <summary>The offer's link: book a slot (once) or decline.</summary>
    Booking = 1,

    /// <summary>Follow a booked visit: reschedule while booked, confirm or reopen after the work, rate it. Not single use.</summary>
    Status = 2,
}
