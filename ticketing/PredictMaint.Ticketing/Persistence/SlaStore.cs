using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain.Sla;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Reads SLA timers for the ticket API.</summary>
public sealed class SlaStore(TicketingDbContext db)
{
    public Task<SlaTimer?> FindAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        db.SlaTimers.AsNoTracking().SingleOrDefaultAsync(t => t.TicketId == ticketId, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, SlaTimer>> ForTicketsAsync(IReadOnlyCollection<Guid> ticketIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        var timers = new Dictionary<Guid, SlaTimer>();
        // Chunks keep the IN list within every provider's parameter limit.
        foreach (var chunk in ticketIds.Chunk(500))
        {
            foreach (var timer in await db.SlaTimers.AsNoTracking().Where(t => chunk.Contains(t.TicketId)).ToListAsync(cancellationToken))
            {
                timers[timer.TicketId] = timer;
            }
        }

        return timers;
    }
}
