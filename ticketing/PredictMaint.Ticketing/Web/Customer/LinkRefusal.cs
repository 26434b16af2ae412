namespace PredictMaint.Ticketing.Web.Customer;

/// <summary>What a customer page shows instead of the ticket, when it does not show it.</summary>
public enum LinkRefusal
{
    None,

    /// <summary>Forged, malformed, meant for another page, or links are switched off: 404.</summary>
    Invalid,
    Expired,

    /// <summary>A single-use booking link that was used already.</summary>
    Used,

    /// <summary>The ticket is no longer waiting for this (rejected, cancelled, already booked elsewhere).</summary>
    Closed,
}
