namespace PredictMaint.Ticketing.Domain;

/// <summary>Where a ticket is in its life; <see cref="TicketWorkflow"/> says how it moves.</summary>
public enum TicketState
{
    /// <summary>Raised from evidence (a prediction) or a report; waiting for a planner.</summary>
    Proposed,
    Approved,
    /// <summary>A booking offer was sent to the customer.</summary>
    Offered,
    /// <summary>The customer took a slot.</summary>
    Booked,
    /// <summary>A technician owns the visit.</summary>
    Assigned,
    EnRoute,
    OnSite,
    /// <summary>The technician recorded findings; waiting for the customer's confirmation.</summary>
    Resolved,
    Closed,
    Rejected,
    Cancelled,
    /// <summary>Closed, then reopened within the reopen window; needs a technician again.</summary>
    Reopened,
}
