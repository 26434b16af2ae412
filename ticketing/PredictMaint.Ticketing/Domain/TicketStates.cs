namespace PredictMaint.Ticketing.Domain;

public static class TicketStates
{
    /// <summary>
    /// True while work on the ticket may still happen. At most one open ticket exists per
    /// device and component; new evidence goes to it instead of raising another.
    /// </summary>
    public static bool IsOpen(this TicketState state) =>
        state is not (TicketState.Resolved or TicketState.Closed or TicketState.Rejected or TicketState.Cancelled);
}
