using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// Moves a ticket whose offer went out to Offered (the workflow's offer, by the relay): a save of
/// its own, after the notification was recorded as sent, retried against concurrent ticket changes
/// up to <see cref="TicketingOptions.MaxWriteAttempts"/> times. Losing every time costs no second
/// mail, only time: a ticket still Approved with a sent offer is found again next cycle.
/// A ticket is Approved once in its life (only from Proposed), so such a ticket always has an
/// offer out and no move yet.
/// </summary>
public sealed partial class OfferedMarker(
    TicketingDbContext db,
    IOptions<TicketingOptions> options,
    TimeProvider timeProvider,
    ILogger<OfferedMarker> logger)
{
    /// <summary>Who marks a ticket Offered once its offer went out.</summary>
    public static readonly Actor Relay = Actor.System("offer-relay");

    /// <summary>Moves up to <paramref name="limit"/> tickets left Approved with their offer sent (a crash, or a move that lost every try).</summary>
    /// <returns>How many it moved.</returns>
    public async Task<int> MoveLeftoversAsync(int limit, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var ticketIds = await db.Tickets.AsNoTracking()
            .Where(t => t.State == TicketState.Approved && db.OfferNotifications.Any(n =>
                n.TicketId == t.Id && n.Kind == CustomerMessageKind.Offer && n.Status == OfferNotificationStatus.Sent))
            .OrderBy(t => t.Id).Select(t => t.Id).Take(limit)
            .ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var ticketId in ticketIds)
        {
            moved += await MoveAsync(ticketId, cancellationToken) ? 1 : 0;
        }

        return moved;
    }

    /// <returns>True when it moved the ticket; false when the ticket is not Approved (moved already, by another instance or a planner) or every try lost.</returns>
    public async Task<bool> MoveAsync(Guid ticketId, CancellationToken cancellationToken = default)
    {
        var maxAttempts = options.Value.MaxWriteAttempts;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
            if (ticket is not { State: TicketState.Approved })
            {
                return false;
            }

            var before = TicketSnapshot.Of(ticket);
            var now = timeProvider.GetUtcNow();
            if (!ticket.Transition(new TransitionRequest(TicketAction.Offer), Relay, now).Allowed)
            {
                return false;
            }

            TicketChanges.Record(db, ticket, before, Relay, nameof(TicketAction.Offer), now, TicketEvents.Transitioned);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException exception) when (WriteConflicts.IsWriteConflict(exception))
            {
                if (attempt >= maxAttempts)
                {
                    LogLeftApproved(logger, ticketId, attempt);
                    db.ChangeTracker.Clear();
                    return false;
                }

                LogConflict(logger, ticketId, attempt);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ticket {TicketId} changed while the relay marked it Offered (attempt {Attempt}); reading it again")]
    private static partial void LogConflict(ILogger logger, Guid ticketId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {TicketId} kept changing while the relay marked it Offered ({Attempts} attempts); its offer is sent, the next cycle tries again")]
    private static partial void LogLeftApproved(ILogger logger, Guid ticketId, int attempts);
}
