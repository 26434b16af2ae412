using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// What a customer does through a booking link, through the domain and with the audit record and
/// outbox event every change gets. The link's use is saved in the same transaction, and its
/// primary key lets only one of two concurrent uses succeed.
/// </summary>
public sealed partial class OfferResponseStore(TicketingDbContext db, TimeProvider timeProvider, ILogger<OfferResponseStore> logger)
{
    public const int MaxNoteLength = 500;

    public Task<bool> IsUsedAsync(OfferLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        return db.OfferLinkUses.AnyAsync(u => u.UseId == link.UseId, cancellationToken);
    }

    public async Task<OfferResponse> DeclineAsync(OfferLink link, DeclineReason reason, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var text = string.IsNullOrWhiteSpace(note) ? reason.ToString() : $"{reason} ({Trim(note)})";
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await IsUsedAsync(link, cancellationToken))
            {
                return OfferResponse.LinkAlreadyUsed;
            }

            var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == link.TicketId, cancellationToken);
            if (ticket is null || ticket.State is not (TicketState.Approved or TicketState.Offered))
            {
                return OfferResponse.NoLongerOpen;
            }

            var now = timeProvider.GetUtcNow();
            var before = TicketSnapshot.Of(ticket);
            ticket.FlagCustomerDecline(text, now);
            db.OfferLinkUses.Add(new OfferLinkUse { UseId = link.UseId, TicketId = ticket.Id, UsedAt = now, Outcome = "declined" });
            TicketChanges.Record(db, ticket, before, new Actor("customer:" + ticket.SiteId, Security.Roles.Customer), "CustomerDeclined", now, TicketEvents.Flagged);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogDeclined(logger, ticket.Id, reason);
                return OfferResponse.Recorded;
            }
            catch (DbUpdateException exception) when (attempt < 8 && (WriteConflicts.IsWriteConflict(exception) || exception is DbUpdateConcurrencyException))
            {
                // A planner changed the ticket, or the same link was used at the same moment: read again.
            }
        }
    }

    private static string Trim(string note)
    {
        var trimmed = note.Trim().ReplaceLineEndings(" ");
        return trimmed.Length <= MaxNoteLength ? trimmed : trimmed[..MaxNoteLength];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer declined the offer for ticket {TicketId}: {Reason}")]
    private static partial void LogDeclined(ILogger logger, Guid ticketId, DeclineReason reason);
}
