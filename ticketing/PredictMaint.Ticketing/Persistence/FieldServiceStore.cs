using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Technicians, depots and stock: directory upserts, and the data a slot plan looks at.</summary>
public sealed class FieldServiceStore(TicketingDbContext db)
{
    public async Task<IReadOnlyList<Technician>> TechniciansAsync(string? region, CancellationToken cancellationToken) =>
        await db.Technicians.AsNoTracking().Where(t => region == null || t.Region == region).OrderBy(t => t.Id).ToListAsync(cancellationToken);

    public Task<Technician?> TechnicianAsync(string id, CancellationToken cancellationToken) =>
        db.Technicians.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Depot>> DepotsAsync(string? region, CancellationToken cancellationToken) =>
        await db.Depots.AsNoTracking().Where(d => region == null || d.Region == region).OrderBy(d => d.Id).ToListAsync(cancellationToken);

    public Task<Depot?> DepotAsync(string id, CancellationToken cancellationToken) =>
        db.Depots.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task<IReadOnlyList<DepotStock>> StockAsync(string depotId, CancellationToken cancellationToken) =>
        await db.DepotStock.AsNoTracking().Where(s => s.DepotId == depotId).OrderBy(s => s.PartNumber).ToListAsync(cancellationToken);

    /// <summary>Creates or replaces a technician; a lost race on a new id is retried as an update.</summary>
    public Task<(Technician Technician, bool Created)> UpsertTechnicianAsync(string id, TechnicianDetails details, CancellationToken cancellationToken) =>
        UpsertAsync(
            () => db.Technicians.SingleOrDefaultAsync(t => t.Id == id, cancellationToken),
            () => db.Technicians.Add(Technician.Create(id, details)).Entity,
            t => t.Update(details),
            cancellationToken);

    public Task<(Depot Depot, bool Created)> UpsertDepotAsync(string id, DepotDetails details, CancellationToken cancellationToken) =>
        UpsertAsync(
            () => db.Depots.SingleOrDefaultAsync(d => d.Id == id, cancellationToken),
            () => db.Depots.Add(Depot.Create(id, details)).Entity,
            d => d.Update(details),
            cancellationToken);

    /// <summary>Sets the counted quantity of a part at a known depot (reservations stay); null when the depot does not exist.</summary>
    public async Task<(DepotStock Stock, bool Created)?> CountStockAsync(string depotId, string partNumber, int quantity, CancellationToken cancellationToken)
    {
        if (!await db.Depots.AnyAsync(d => d.Id == depotId, cancellationToken))
        {
            return null;
        }

        return await UpsertAsync(
            () => db.DepotStock.SingleOrDefaultAsync(s => s.DepotId == depotId && s.PartNumber == partNumber, cancellationToken),
            () => db.DepotStock.Add(DepotStock.Create(depotId, partNumber, quantity)).Entity,
            s => s.Count(quantity),
            cancellationToken);
    }

    /// <summary>
    /// What planning a visit to <paramref name="site"/> needs. Stock rows and technicians are
    /// tracked so a booking can change them in the caller's SaveChanges; bookings are the
    /// unreleased reservations from a day before <paramref name="now"/> on, except those of
    /// <paramref name="ignoringTicketId"/> (a ticket moving its own visit).
    /// </summary>
    public async Task<FieldServiceData> LoadAsync(
        Site site, ComponentRequirement requirement, DateTimeOffset now, CancellationToken cancellationToken, Guid? ignoringTicketId = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(requirement);
        var technicians = await db.Technicians.OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var stock = await db.DepotStock.Where(s => s.PartNumber == requirement.PartNumber).ToListAsync(cancellationToken);
        var since = now.AddDays(-1);
        var bookings = await db.PartReservations.AsNoTracking()
            .Where(r => r.Status != ReservationStatus.Released && r.SlotEnd >= since && r.TicketId != ignoringTicketId)
            .Select(r => new TechnicianBooking(r.TechnicianId, r.SlotStart, r.SlotEnd))
            .ToListAsync(cancellationToken);
        return new FieldServiceData(site, technicians, depots, stock, bookings);
    }

    private async Task<(T Entity, bool Created)> UpsertAsync<T>(
        Func<Task<T?>> find, Func<T> add, Func<T, bool> update, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var entity = await find();
            var created = entity is null;
            if (entity is null)
            {
                entity = add();
            }
            else if (!update(entity))
            {
                return (entity, false);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (entity, created);
            }
            catch (DbUpdateException exception) when (attempt < 8 && WriteConflicts.IsWriteConflict(exception))
            {
                // Another writer (or a booking changing the same stock row) came first: read again and reapply.
            }
        }
    }
}
