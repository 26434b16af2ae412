namespace PredictMaint.Ticketing.Domain.FieldService;

public enum ReservationStatus
{
    /// <summary>Held for a booked visit.</summary>
    Active,
    /// <summary>Given back (cancellation, rejection, or a different part was fitted).</summary>
    Released,
    /// <summary>Fitted by the technician; the stock was decremented.</summary>
    Consumed,
}
