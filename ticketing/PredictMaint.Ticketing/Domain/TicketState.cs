namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// Where a ticket is in its life. Only <see cref="Proposed"/> is reached today; the rest are
/// declared so storage and clients already know the vocabulary of the full workflow.
/// </summary>
public enum TicketState
{
    /// <summary>Raised from evidence (a prediction); waiting for a planner.</summary>
    Proposed,
    Approved,
    /// <summary>A booking offer was sent to the customer.</summary>
    Offered,
    Booked,
    Assigned,
    EnRoute,
    OnSite,
    Resolved,
    Closed,
    Rejected,
    Cancelled,
}
