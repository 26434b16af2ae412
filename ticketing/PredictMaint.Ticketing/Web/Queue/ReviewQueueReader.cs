using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Web.Queue;

/// <summary>Loads the review queue through the same repository the API lists tickets with.</summary>
public sealed class ReviewQueueReader(TicketRepository repository, SiteStore sites, TimeProvider timeProvider)
{
    /// <summary>The most a page shows; the filters narrow a longer queue.</summary>
    public const int PageSize = 200;

    public async Task<(IReadOnlyList<Ticket> Tickets, int Total)> LoadAsync(ReviewQueueFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new TicketQuery(Component: Blank(filter.Component), State: filter.State)
        {
            SiteId = Blank(filter.Site),
            ModelVersion = Blank(filter.Model),
            Take = PageSize,
        };
        if (Blank(filter.Region) is { } region)
        {
            query = query with { SiteIds = [.. (await sites.ListAsync(region, cancellationToken)).Select(s => s.Id)] };
        }

        var found = new Dictionary<Guid, Ticket>();
        var total = 0;
        if (filter.DefaultQueue)
        {
            // Waiting for a planner: every proposed ticket, and open tickets someone flagged for review.
            var (proposed, proposedTotal) = await repository.ListAsync(query with { State = TicketState.Proposed }, cancellationToken);
            var (flagged, _) = await repository.ListAsync(query with { NeedsReview = true }, cancellationToken);
            foreach (var ticket in proposed.Concat(flagged.Where(t => t.IsOpen)))
            {
                found.TryAdd(ticket.Id, ticket);
            }

            total = Math.Max(proposedTotal, found.Count);
        }
        else
        {
            var (page, pageTotal) = await repository.ListAsync(query, cancellationToken);
            foreach (var ticket in page)
            {
                found[ticket.Id] = ticket;
            }

            total = pageTotal;
        }

        return (ReviewQueueOrder.Sort(found.Values, timeProvider.GetUtcNow()), total);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
