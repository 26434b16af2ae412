using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// What a customer does on the booking and status pages — book, reschedule, confirm, reopen —
/// as workflow transitions by role <c>customer</c> through <see cref="TicketWorkflowStore"/>, so
/// the same rules, audit records, outbox events, part reservations and customer messages apply
/// as for a planner. Slots come from <see cref="TicketSlots"/> (the planner API's source).
/// </summary>
public sealed partial class CustomerVisitStore(
    TicketingDbContext db,
    TicketWorkflowStore workflow,
    TicketSlots ticketSlots,
    OfferLinkSigner signer,
    IOptions<OfferOptions> options,
    TimeProvider timeProvider,
    ILogger<CustomerVisitStore> logger)
{
    private const int MaxAttempts = 8;

    /// <summary>How many planner slots are looked at to spread the customer's choice over several days.</summary>
    private const int CandidateSlots = 40;

    /// <summary>The slots the customer may pick now (possibly none: then a planner calls).</summary>
    public async Task<IReadOnlyList<Slot>> SlotsAsync(Guid ticketId, CancellationToken cancellationToken = default)
    {
        var (plan, _) = await ticketSlots.ForTicketAsync(ticketId, CandidateSlots, cancellationToken);
        return plan is null ? [] : CustomerSlots.Spread(CustomerSlots.Bookable(plan.Plan), plan.Site.TimeZone, options.Value.BookingSlotCount);
    }

    /// <summary>A fresh status link token for following the visit.</summary>
    public string StatusToken(Guid ticketId) =>
        signer.Create(ticketId, OfferLinkPurpose.Status, timeProvider.GetUtcNow() + options.Value.StatusLinkLifetime);

    /// <summary>Books the chosen slot through the offer's link, which is used up in the same transaction.</summary>
    public async Task<(CustomerVisitOutcome Outcome, string? Reason)> BookAsync(OfferLink link, string? slotKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        return await ActAsync(link.TicketId, TicketAction.Book, slotKey, null, link, cancellationToken);
    }

    public Task<(CustomerVisitOutcome Outcome, string? Reason)> RescheduleAsync(Guid ticketId, string? slotKey, CancellationToken cancellationToken = default) =>
        ActAsync(ticketId, TicketAction.Reschedule, slotKey, null, null, cancellationToken);

    /// <summary>The customer confirms the work is done: the ticket closes.</summary>
    public Task<(CustomerVisitOutcome Outcome, string? Reason)> ConfirmAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        ActAsync(ticketId, TicketAction.Close, null, null, null, cancellationToken);

    /// <summary>The customer says the problem is not fixed (within the reopen window): the ticket reopens for a planner.</summary>
    public Task<(CustomerVisitOutcome Outcome, string? Reason)> ReopenAsync(Guid ticketId, string? note, CancellationToken cancellationToken = default)
    {
        var text = string.IsNullOrWhiteSpace(note) ? "Customer reports the problem is not fixed." : "Customer: " + note.Trim().ReplaceLineEndings(" ");
        return ActAsync(ticketId, TicketAction.Reopen, null, text.Length <= 500 ? text : text[..500], null, cancellationToken);
    }

    private async Task<(CustomerVisitOutcome Outcome, string? Reason)> ActAsync(
        Guid ticketId, TicketAction action, string? slotKey, string? note, OfferLink? bookingLink, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (bookingLink is not null && await db.OfferLinkUses.AnyAsync(u => u.UseId == bookingLink.UseId, cancellationToken))
            {
                return (CustomerVisitOutcome.LinkAlreadyUsed, null);
            }

            var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
            if (ticket is null)
            {
                return (CustomerVisitOutcome.NotPossible, "The ticket no longer exists.");
            }

            var request = new TransitionRequest(action) { Note = note, CustomerConfirmed = action == TicketAction.Close };
            if (action is TicketAction.Book or TicketAction.Reschedule)
            {
                if (CustomerSlots.Find(await SlotsAsync(ticketId, cancellationToken), slotKey) is not { } slot)
                {
                    return (CustomerVisitOutcome.SlotGone, null);
                }

                request = request with { SlotStart = slot.Start, TechnicianId = slot.TechnicianId, DepotId = slot.DepotId };
            }

            var actor = new Actor("customer:" + ticket.SiteId, Roles.Customer);
            Action<Ticket>? useLink = bookingLink is null ? null : t => db.OfferLinkUses.Add(
                new OfferLinkUse { UseId = bookingLink.UseId, TicketId = t.Id, UsedAt = timeProvider.GetUtcNow(), Outcome = "booked" });
            var result = await workflow.TransitionAsync(ticketId, ticket.Version, request, actor, useLink, cancellationToken);
            switch (result.Status)
            {
                case TransitionStatus.Done:
                    LogDone(logger, action, ticketId);
                    return (CustomerVisitOutcome.Done, null);
                case TransitionStatus.Refused when result.Outcome?.Refusal == TransitionRefusal.NoDispatchPossible:
                    return (CustomerVisitOutcome.SlotGone, result.Outcome.Reason);
                case TransitionStatus.Refused or TransitionStatus.NotFound or TransitionStatus.OpenTicketExists:
                    return (CustomerVisitOutcome.NotPossible, result.Outcome?.Reason);
            }

            // VersionMismatch: a planner, the relay or the same link in another tab changed the ticket first; look again.
        }

        return (CustomerVisitOutcome.NotPossible, "The ticket kept changing; please try again.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer {Action} on ticket {TicketId}")]
    private static partial void LogDone(ILogger logger, TicketAction action, Guid ticketId);
}
