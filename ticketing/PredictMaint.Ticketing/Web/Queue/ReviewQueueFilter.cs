using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Web.Queue;

/// <summary>The queue's filters as the page received them; empty means "any".</summary>
public sealed record ReviewQueueFilter(string? Site, string? Component, TicketState? State, string? Model, string? Region = null)
{
    /// <summary>Without a state filter the queue holds what waits for a planner: proposed or flagged tickets.</summary>
    public bool DefaultQueue => State is null;
}
