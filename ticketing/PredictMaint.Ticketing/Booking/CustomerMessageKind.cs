namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Which message a queued customer notification carries, in the order a visit produces them
/// (stored as its number, so a ticket's messages go out in this order when queued together).
/// </summary>
public enum CustomerMessageKind
{
    /// <summary>The booking offer after approval, with the single-use booking link.</summary>
    Offer = 1,

    /// <summary>The visit is booked (or moved to another slot).</summary>
    Booked = 2,

    /// <summary>A technician is assigned to the visit.</summary>
    Assigned = 3,

    /// <summary>The technician set off to the site.</summary>
    OnTheWay = 4,

    /// <summary>The work is recorded as done; the customer is asked to confirm, reopen or rate.</summary>
    Done = 5,
}
