using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Bookable slots for a stored ticket — what the planner API and the customer booking page
/// both show, so neither has its own rules.
/// </summary>
public sealed class TicketSlots(TicketingDbContext db, FieldServiceStore store, PartLedger ledger, TimeProvider timeProvider)
{
    /// <returns>The plan; or a problem (unknown site or component); or neither when there is no such ticket.</returns>
    public async Task<(TicketSlotPlan? Plan, string? Problem)> ForTicketAsync(Guid ticketId, int count, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
        if (ticket is null)
        {
            return (null, null);
        }

        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ticket.SiteId, cancellationToken);
        if (site is null)
        {
            return (null, $"Site '{ticket.SiteId}' is not in the site directory; add it (PUT /api/sites/{ticket.SiteId}) to plan visits.");
        }

        var now = timeProvider.GetUtcNow();
        if (ledger.RequestFor(ticket, now, count) is not { } request)
        {
            return (null, $"The component catalogue has no entry for '{ticket.Component}'.");
        }

        // A booked ticket's own visit does not block the slots it could move to.
        var data = await store.LoadAsync(site, request.Requirement, now, cancellationToken, ignoringTicketId: ticket.Id);
        return (new TicketSlotPlan(ticket, site, request.Deadline, SlotPlanner.Plan(data, request)), null);
    }
}
