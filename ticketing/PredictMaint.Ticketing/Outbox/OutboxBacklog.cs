using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>
/// Dispatch events still waiting for delivery and those given up on (awaiting a replay), as
/// <c>GET /api/dispatch/status</c> and <c>GET /metrics</c> both report them. One statement, so the
/// two counts come from the same moment: an event dead-lettered in between is not counted twice.
/// </summary>
public readonly record struct OutboxBacklog(int Pending, int DeadLettered)
{
    public static async Task<OutboxBacklog> ReadAsync(TicketingDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // No matching row gives no group, hence the zeros of the default.
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Pending || m.DeadLetteredAt != null)
            .GroupBy(m => 1)
            .Select(g => new OutboxBacklog(g.Count(m => m.Pending), g.Count(m => m.DeadLetteredAt != null)))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
