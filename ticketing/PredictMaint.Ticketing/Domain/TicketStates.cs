namespace PredictMaint.Ticketing.Domain;

public static class TicketStates
{
    /// <summary>
    /// True while work on the ticket may still happen. At most one open ticket exists per
    /// device and component; new evidence goes to it instead of raising another.
    /// </summary>
    public static bool IsOpen(this TicketState state) =>
        state is not (TicketState.Resolved or TicketState.Closed or TicketState.Rejected or TicketState.Cancelled);

    /// <summary>
    /// A visit is planned or under way: a prediction for this component joins the ticket as
    /// evidence for the technician instead of replacing what the planner booked.
    /// </summary>
    public static bool IsScheduled(this TicketState state) =>
        state is TicketState.Booked or TicketState.Assigned or TicketState.EnRoute or TicketState.OnSite or TicketState.Reopened;
}
