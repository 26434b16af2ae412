using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain.Kpi;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Web.Kpis;

/// <summary>
/// Loads the KPI page through <see cref="KpiStore"/>, the same computation as <c>GET /api/kpis</c>,
/// so the page and the API show the same numbers for the same filter.
/// </summary>
public sealed class KpiDashboardReader(KpiStore kpis, TicketingDbContext db)
{
    /// <summary>Model versions compared side by side at most (the newest by name beyond that are left out).</summary>
    public const int MaxModelVersions = 8;

    public async Task<KpiDashboard> ReadAsync(KpiFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var overall = await kpis.ComputeAsync(filter, cancellationToken);
        var all = await db.Tickets.AsNoTracking().Where(t => t.ModelVersion != string.Empty).Select(t => t.ModelVersion).Distinct().ToListAsync(cancellationToken);
        all.Sort(StringComparer.Ordinal);
        var inPeriod = filter.ModelVersion is { } chosen
            ? [chosen]
            : await db.Tickets.AsNoTracking()
                .Where(t => t.ModelVersion != string.Empty && t.FirstReceivedAt >= filter.From && t.FirstReceivedAt < filter.To)
                .Where(t => filter.Component == null || t.Component == filter.Component)
                .Select(t => t.ModelVersion).Distinct().ToListAsync(cancellationToken);
        var byVersion = new List<ModelVersionKpis>();
        foreach (var version in inPeriod.Order(StringComparer.Ordinal).Take(MaxModelVersions))
        {
            byVersion.Add(new ModelVersionKpis(version, await kpis.ComputeAsync(filter with { ModelVersion = version }, cancellationToken)));
        }

        var regions = await db.Sites.AsNoTracking().Select(s => s.Region).Distinct().ToListAsync(cancellationToken);
        regions.Sort(StringComparer.Ordinal);
        return new KpiDashboard(filter, overall, byVersion, regions, all);
    }
}
