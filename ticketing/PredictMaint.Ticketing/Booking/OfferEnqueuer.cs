using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Queues the customer offer when a preventive ticket is approved (by a planner, through the API
/// or by auto-approval: every path records its change through <see cref="TicketChanges"/>), in
/// the same SaveChanges as the approval.
/// </summary>
public static class OfferEnqueuer
{
    public const string EmailChannel = "email";

    public static void OnChange(TicketingDbContext db, Ticket ticket, string action, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        if (action == nameof(TicketAction.Approve) && ticket.Kind == TicketKind.Preventive && ticket.State == TicketState.Approved)
        {
            db.OfferNotifications.Add(OfferNotification.For(ticket.Id, EmailChannel, at));
        }
    }
}
