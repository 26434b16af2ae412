namespace PredictMaint.Ticketing.Outbox;

/// <summary>Event types sent to the dispatch pipeline.</summary>
public static class TicketEvents
{
    public const string Created = "ticket.created";
    public const string Transitioned = "ticket.transitioned";
    public const string Flagged = "ticket.flagged";
}
