using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Web.Dispatch;

/// <summary>A booked visit on the board: the reservation (who, when, which part from where) and its ticket.</summary>
public sealed record BoardBooking(PartReservation Reservation, Ticket Ticket);
