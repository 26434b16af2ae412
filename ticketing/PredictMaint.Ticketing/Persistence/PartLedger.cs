using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// The part-reservation side of a transition, staged on the same context so it commits in the
/// transition's SaveChanges: book reserves (technician and depot chosen or checked), reschedule
/// releases the old reservation and reserves for the new slot, assign moves the reservation to
/// another technician (and depot) or reserves anew for a reopened ticket, cancel and reject
/// release, resolve consumes when the reserved part was fitted (otherwise releases).
/// </summary>
public sealed partial class PartLedger(TicketingDbContext db, FieldServiceStore store, ComponentCatalogue catalogue, IOptions<FieldServiceOptions> options)
{
    /// <summary>
    /// Call after <see cref="Ticket.Transition"/> allowed <paramref name="request"/> (from state
    /// <paramref name="from"/>) and before saving. Returns why the booking cannot be made (nothing staged), or null.
    /// </summary>
    public async Task<string?> ApplyAsync(Ticket ticket, TransitionRequest request, TicketState from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Action)
        {
            case TicketAction.Book:
                return await ReserveAsync(ticket, request, now, cancellationToken);
            case TicketAction.Assign:
                return await AssignAsync(ticket, request, from, now, cancellationToken);
            case TicketAction.Reschedule:
                // The old part goes back first so the new slot may take the same one.
                await SettleAsync(ticket, ReservationStatus.Released, now, cancellationToken);
                return await ReserveAsync(ticket, request, now, cancellationToken);
            case TicketAction.Cancel or TicketAction.Reject:
                await SettleAsync(ticket, ReservationStatus.Released, now, cancellationToken);
                return null;
            case TicketAction.Resolve:
                var fitted = string.Equals(ticket.PartReplaced, ticket.ReservedPartNumber, StringComparison.OrdinalIgnoreCase);
                await SettleAsync(ticket, fitted ? ReservationStatus.Consumed : ReservationStatus.Released, now, cancellationToken);
                return null;
            default:
                return null;
        }
    }

    /// <summary>The planning request for a ticket: its component's needs and its latest safe time.</summary>
    public SlotRequest? RequestFor(Ticket ticket, DateTimeOffset now, int count)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return catalogue.For(ticket.Component) is { } requirement
            ? new SlotRequest(requirement, LatestSafeTime(ticket), now, count, options.Value.Horizon)
            : null;
    }

    /// <summary>The start of the predicted failure window (or the predicted failure, if earlier).</summary>
    public static DateTimeOffset LatestSafeTime(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.FailureWindowStart < ticket.PredictedFailureAt ? ticket.FailureWindowStart : ticket.PredictedFailureAt;
    }

    private async Task<string?> ReserveAsync(Ticket ticket, TransitionRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (data, slotRequest, problem) = await PlanningDataAsync(ticket, now, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var check = BookingRules.Check(data!, slotRequest!, request.SlotStart!.Value, request.TechnicianId, request.DepotId);
        if (check.Choice is not { } choice)
        {
            return check.Refusal;
        }

        Hold(ticket, data!, choice, now);
        return null;
    }

    /// <summary>The site's planning data and the ticket's slot request, or why there is none.</summary>
    private async Task<(FieldServiceData? Data, SlotRequest? Request, string? Problem)> PlanningDataAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ticket.SiteId, cancellationToken);
        if (site is null)
        {
            return (null, null, $"Site '{ticket.SiteId}' is not in the site directory; add it (PUT /api/sites/{ticket.SiteId}) so a technician and a depot can be planned.");
        }

        if (RequestFor(ticket, now, options.Value.DefaultSlotCount) is not { } slotRequest)
        {
            return (null, null, $"The component catalogue has no entry for '{ticket.Component}' (Ticketing:FieldService:Catalogue).");
        }

        // The ticket's own visit (just released on a reschedule, or being moved) does not block its new slot.
        return (await store.LoadAsync(site, slotRequest.Requirement, now, cancellationToken, ignoringTicketId: ticket.Id), slotRequest, null);
    }

    /// <summary>
    /// Stages a new active reservation: stock reserved (unless the part is already held there),
    /// the technician's row touched (so racing bookings of one technician conflict).
    /// </summary>
    private void Hold(Ticket ticket, FieldServiceData data, BookingChoice choice, DateTimeOffset now, bool reserveStock = true)
    {
        if (reserveStock)
        {
            data.Stock.Single(s => s.DepotId == choice.DepotId).Reserve();
        }

        data.Technicians.Single(t => t.Id == choice.TechnicianId).RecordBooking();
        db.PartReservations.Add(PartReservation.Hold(Guid.CreateVersion7(now), ticket.Id, choice, now));
        ticket.NoteReservation(choice);
    }

    private async Task SettleAsync(Ticket ticket, ReservationStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reservation = await db.PartReservations.SingleOrDefaultAsync(r => r.TicketId == ticket.Id && r.Status == ReservationStatus.Active, cancellationToken);
        if (reservation is null)
        {
            return;
        }

        var stock = await db.DepotStock.SingleOrDefaultAsync(s => s.DepotId == reservation.DepotId && s.PartNumber == reservation.PartNumber, cancellationToken);
        if (status == ReservationStatus.Consumed)
        {
            stock?.Consume();
        }
        else
        {
            stock?.Release();
        }

        reservation.Settle(status, now);
        ticket.NoteReservationSettled(status);
    }
}
