using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Web.Dispatch;

/// <summary>
/// One region's field service over a day or a week, on the region's local clock: each
/// technician's working hours and visits, the depots' stock and reservations, and who could
/// take over a visit.
/// </summary>
public sealed record DispatchBoard(
    string? Region,
    IReadOnlyList<string> Regions,
    TimeZoneInfo Zone,
    DateOnly From,
    int Days,
    IReadOnlyList<Technician> Technicians,
    IReadOnlyList<BoardBooking> Bookings,
    IReadOnlyList<DepotReservations> Depots,
    IReadOnlyList<Technician> Everyone)
{
    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(From.AddDays);

    /// <summary>A UTC time on the region's clock.</summary>
    public DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    /// <summary>The technician's visits starting on <paramref name="date"/> (local), in time order.</summary>
    public IEnumerable<BoardBooking> On(string technicianId, DateOnly date) =>
        Bookings.Where(b => b.Reservation.TechnicianId == technicianId && DateOnly.FromDateTime(Local(b.Reservation.SlotStart)) == date)
            .OrderBy(b => b.Reservation.SlotStart);

    /// <summary>The local hours a day grid shows: from the earliest start to the latest end of the region's working hours that day (08-17 when nobody works).</summary>
    public IReadOnlyList<int> Hours(DateOnly date)
    {
        var stretches = Technicians.SelectMany(t => t.Calendar.On(date)).ToList();
        var first = stretches.Count == 0 ? 8 : stretches.Min(w => w.Start.Hour);
        var last = stretches.Count == 0 ? 17 : stretches.Max(w => w.End.Minute > 0 ? w.End.Hour + 1 : w.End.Hour);
        return [.. Enumerable.Range(first, Math.Max(1, last - first))];
    }

    /// <summary>Whether the technician works during the local hour starting at <paramref name="hour"/>.</summary>
    public static bool Works(Technician technician, DateOnly date, int hour)
    {
        ArgumentNullException.ThrowIfNull(technician);
        var start = new TimeOnly(hour, 0);
        return technician.Calendar.On(date).Any(w => w.Start <= start && start < w.End);
    }

    /// <summary>Technicians with <paramref name="skill"/>, the region's own first: the choices for taking over a visit.</summary>
    public IEnumerable<Technician> Qualified(string skill) =>
        Everyone.Where(t => t.Has(skill)).OrderBy(t => t.Region != Region).ThenBy(t => t.Id, StringComparer.Ordinal);
}
