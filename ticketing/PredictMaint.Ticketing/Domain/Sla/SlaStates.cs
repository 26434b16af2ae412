namespace PredictMaint.Ticketing.Domain.Sla;

/// <summary>How the workflow states drive the SLA clock.</summary>
public static class SlaStates
{
    /// <summary>
    /// Waiting on the customer: an offer is out and nobody at our end can move the ticket until
    /// the customer books a slot, so neither target's clock runs.
    /// </summary>
    public static bool PausesClock(this TicketState state) => state == TicketState.Offered;

    /// <summary>The work is done or called off (resolved, closed, rejected, cancelled): nothing more can breach.</summary>
    public static bool StopsClock(this TicketState state) => !state.IsOpen();

    /// <summary>
    /// Whether a move can change the clock at all: the first response, a pause or resume, a stop,
    /// a reopening. Assign, depart, arrive and close cannot, so their saves skip the timer row.
    /// </summary>
    public static bool AffectsClock(TicketState from, TicketState to) =>
        from != to && (from == TicketState.Proposed || to == TicketState.Reopened
            || from.PausesClock() != to.PausesClock() || from.StopsClock() != to.StopsClock());
}
