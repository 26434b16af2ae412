using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Persistence;

public sealed partial class PartLedger
{
    /// <summary>
    /// Assign on a booked ticket moves its reservation to the named technician when that is
    /// someone else (<see cref="ReassignmentRules"/>); on a reopened ticket the revisit needs a
    /// new reservation, checked like a booking at the request's <c>slot_start</c>. A booked ticket
    /// without a reservation (booked before field service existed) is assigned as before.
    /// </summary>
    private async Task<string?> AssignAsync(Ticket ticket, TransitionRequest request, TicketState from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var technicianId = request.TechnicianId!;
        var current = await db.PartReservations.SingleOrDefaultAsync(r => r.TicketId == ticket.Id && r.Status == ReservationStatus.Active, cancellationToken);
        if (current is not null ? current.TechnicianId == technicianId : from != TicketState.Reopened)
        {
            return null;
        }

        var (data, slotRequest, problem) = await PlanningDataAsync(ticket, now, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (current is null)
        {
            if (request.SlotStart is not { } revisit)
            {
                return "A reopened ticket needs a new visit: give slot_start with the assignment, so the technician's time and the part can be reserved.";
            }

            var booking = BookingRules.Check(data!, slotRequest!, revisit, technicianId, request.DepotId);
            if (booking.Choice is not { } revisitChoice)
            {
                return booking.Refusal;
            }

            Hold(ticket, data!, revisitChoice, now);
            return null;
        }

        var check = ReassignmentRules.Check(data!, slotRequest!.Requirement, current, technicianId);
        if (check.Choice is not { } choice)
        {
            return check.Refusal;
        }

        // The old row is released and a new one holds the visit, so each row tells one
        // technician's and one depot's story. The stock count moves only when the depot does
        // (a part already held stays held even if a recount left nothing else on the shelf).
        current.Settle(ReservationStatus.Released, now);
        var moves = choice.DepotId != current.DepotId;
        if (moves)
        {
            data!.Stock.SingleOrDefault(s => s.DepotId == current.DepotId && s.PartNumber == current.PartNumber)?.Release();
        }

        Hold(ticket, data!, choice, now, reserveStock: moves);
        return null;
    }
}
