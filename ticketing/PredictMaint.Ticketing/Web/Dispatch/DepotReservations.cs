using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Web.Dispatch;

/// <summary>A depot of the region: its stock and the parts held there for booked visits.</summary>
public sealed record DepotReservations(Depot Depot, IReadOnlyList<DepotStock> Stock, IReadOnlyList<BoardBooking> Held);
