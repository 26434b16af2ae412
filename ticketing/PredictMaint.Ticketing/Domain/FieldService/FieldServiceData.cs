using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>What planning a visit to <see cref="Site"/> looks at: people, depots, stock and existing bookings.</summary>
public sealed record FieldServiceData(
    Site Site,
    IReadOnlyList<Technician> Technicians,
    IReadOnlyList<Depot> Depots,
    IReadOnlyList<DepotStock> Stock,
    IReadOnlyList<TechnicianBooking> Bookings);
