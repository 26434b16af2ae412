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

    /// <summary>Technicians with <paramref name="skill"/>, the region's own first: the choices for taking over a visit.</summary>
    public IEnumerable<Technician> Qualified(string skill) =>
        Everyone.Where(t => t.Has(skill)).OrderBy(t => t.Region != Region).ThenBy(t => t.Id, StringComparer.Ordinal);
}
