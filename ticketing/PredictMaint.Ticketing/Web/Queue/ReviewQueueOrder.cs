using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Web.Queue;

/// <summary>
/// What a planner should look at first: the least remaining life (time to the predicted
/// failure), then the most confident prediction, then the higher priority. Pure: the caller
/// supplies "now".
/// </summary>
public static class ReviewQueueOrder
{
    public static IReadOnlyList<Ticket> Sort(IEnumerable<Ticket> tickets, DateTimeOffset now) =>
        [.. tickets
            .OrderBy(t => RemainingLife(t, now))
            .ThenByDescending(t => t.Confidence)
            .ThenBy(t => t.Priority)
            .ThenBy(t => t.Id)];

    /// <summary>Time left before the predicted failure; negative when it is already due.</summary>
    public static TimeSpan RemainingLife(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.PredictedFailureAt - now;
    }
}
