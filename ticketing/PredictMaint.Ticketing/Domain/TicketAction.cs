namespace PredictMaint.Ticketing.Domain;

/// <summary>What an actor asks to do to a ticket; each maps to one rule in <see cref="TicketWorkflow"/>.</summary>
public enum TicketAction
{
    Approve,
    Reject,
    Offer,
    Book,

    /// <summary>Moves a booked visit to another slot (the part reservation moves with it).</summary>
    Reschedule,
    Assign,
    Depart,
    Arrive,
    Resolve,
    Close,
    Cancel,
    Reopen,
}
