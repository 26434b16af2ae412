using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Healthy when the tickets table answers a query; the health check service reports any
/// exception as unhealthy.
/// </summary>
public sealed class DatabaseHealthCheck(TicketingDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await db.Tickets.AnyAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
