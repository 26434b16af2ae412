using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Reads and writes the site directory.</summary>
public sealed class SiteStore(TicketingDbContext db)
{
    public Task<Site?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Site>> ListAsync(string? region, CancellationToken cancellationToken)
    {
        var query = db.Sites.AsNoTracking();
        if (region is not null)
        {
            query = query.Where(s => s.Region == region);
        }

        return await query.OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Creates or replaces a site. Two writers racing on a new id: the loser's insert fails on
    /// the primary key and is retried as an update, so the last writer wins either way.
    /// </summary>
    public async Task<(Site Site, bool Created)> UpsertAsync(string id, SiteDetails details, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var site = await db.Sites.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            var created = site is null;
            if (site is null)
            {
                site = Site.Create(id, details);
                db.Sites.Add(site);
            }
            else if (!site.Update(details))
            {
                return (site, false);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (site, created);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Lost a race with another writer of the same site: read again and reapply.
            }
        }
    }
}
