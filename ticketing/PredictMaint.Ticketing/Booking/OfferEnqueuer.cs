using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Queues the customer's messages with the change that causes them — the offer when a preventive
/// ticket is approved, a confirmation when the visit is booked or moved, a technician assigned,
/// on the way, and done — in the same SaveChanges (every path records its change through
/// <see cref="TicketChanges"/>), one row per channel.
/// </summary>
public static class OfferEnqueuer
{
    public const string EmailChannel = "email";

    public static void OnChange(TicketingDbContext db, Ticket ticket, string action, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        if (KindFor(ticket, action) is not { } kind)
        {
            return;
        }

        foreach (var channel in db.CustomerChannels.Names)
        {
            db.OfferNotifications.Add(OfferNotification.For(ticket.Id, kind, channel, at));
        }
    }

    /// <summary>Which message, if any, the customer gets for <paramref name="action"/> (already applied to <paramref name="ticket"/>).</summary>
    public static CustomerMessageKind? KindFor(Ticket ticket, string action)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return action switch
        {
            nameof(TicketAction.Approve) when ticket.Kind == TicketKind.Preventive && ticket.State == TicketState.Approved => CustomerMessageKind.Offer,
            nameof(TicketAction.Book) or nameof(TicketAction.Reschedule) => CustomerMessageKind.Booked,
            nameof(TicketAction.Assign) => CustomerMessageKind.Assigned,
            nameof(TicketAction.Depart) => CustomerMessageKind.OnTheWay,
            nameof(TicketAction.Resolve) => CustomerMessageKind.Done,
            _ => null,
        };
    }
}
