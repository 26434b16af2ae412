using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Web.Dispatch;

/// <summary>Loads the dispatch board: reads only; changes go through the workflow store.</summary>
public sealed class DispatchBoardReader(TicketingDbContext db)
{
    /// <summary>
    /// The board for <paramref name="region"/> (default: the first region) from the local day
    /// <paramref name="date"/> (default: today there), one day or the week (Monday first) around it.
    /// The region's clock is its first site's time zone (UTC when it has no site).
    /// </summary>
    public async Task<DispatchBoard> ReadAsync(string? region, DateOnly? date, bool week, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var everyone = await db.Technicians.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var siteRegions = await db.Sites.AsNoTracking().Select(s => s.Region).Distinct().ToListAsync(cancellationToken);
        var regions = everyone.Select(t => t.Region).Concat(siteRegions).Distinct().Order(StringComparer.Ordinal).ToList();
        region = region is not null && regions.Contains(region) ? region : regions.FirstOrDefault();
        var site = await db.Sites.AsNoTracking().Where(s => s.Region == region).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        var zone = site?.TimeZone ?? TimeZoneInfo.Utc;
        var day = date ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var from = week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;
        var days = week ? 7 : 1;
        var start = Utc(from, zone);
        var end = Utc(from.AddDays(days), zone);

        var technicians = everyone.Where(t => t.Region == region).ToList();
        var ids = technicians.Select(t => t.Id).ToList();
        var visits = await WithTicketsAsync(
            db.PartReservations.AsNoTracking().Where(r => r.Status != ReservationStatus.Released && ids.Contains(r.TechnicianId) && r.SlotStart < end && r.SlotEnd > start),
            cancellationToken);

        var depots = await db.Depots.AsNoTracking().Where(d => d.Region == region).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var depotIds = depots.Select(d => d.Id).ToList();
        var stock = await db.DepotStock.AsNoTracking().Where(s => depotIds.Contains(s.DepotId)).OrderBy(s => s.PartNumber).ToListAsync(cancellationToken);
        var held = await WithTicketsAsync(
            db.PartReservations.AsNoTracking().Where(r => r.Status == ReservationStatus.Active && depotIds.Contains(r.DepotId)), cancellationToken);
        var columns = depots.Select(d => new DepotReservations(
            d, [.. stock.Where(s => s.DepotId == d.Id)], [.. held.Where(h => h.Reservation.DepotId == d.Id).OrderBy(h => h.Reservation.SlotStart)])).ToList();
        return new DispatchBoard(region, regions, zone, from, days, technicians, visits, columns, everyone);
    }

    private async Task<List<BoardBooking>> WithTicketsAsync(IQueryable<PartReservation> reservations, CancellationToken cancellationToken) =>
        await (from r in reservations
               join t in db.Tickets.AsNoTracking() on r.TicketId equals t.Id
               orderby r.SlotStart
               select new BoardBooking(r, t)).ToListAsync(cancellationToken);

    /// <summary>Local midnight of <paramref name="date"/> in UTC (a midnight skipped by DST moves to the first valid minute).</summary>
    private static DateTimeOffset Utc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
