using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>
/// Applies a dispatch status update. Idempotent by event id; an update older (by the sender's
/// sequence) than one already applied is ignored; an update that skips field steps (on_site
/// before en_route arrived) walks the ticket through the skipped steps, which the newer
/// status implies.
/// </summary>
public sealed partial class InboundStatusHandler(
    TicketingDbContext db, IOptions<DispatchOptions> options, TimeProvider timeProvider, PartLedger partLedger, ILogger<InboundStatusHandler> logger)
{
    public const string Applied = "applied";
    public const string Duplicate = "duplicate";
    public const string Stale = "stale";
    public const string Refused = "refused";
    public const string UnknownTicket = "unknown_ticket";

    private static readonly TicketAction[] FieldSteps = [TicketAction.Assign, TicketAction.Depart, TicketAction.Arrive, TicketAction.Resolve];

    private static readonly Actor Dispatch = new("dispatch-webhook", Roles.Dispatch);

    public bool TryMap(string status, out TicketAction action)
    {
        action = default;
        return options.Value.StatusMap.TryGetValue(status, out var name) && Enum.TryParse(name, ignoreCase: true, out action);
    }

    /// <summary>The outcome, and the refusal reason when refused.</summary>
    public async Task<(string Outcome, string? Reason)> HandleAsync(
        string eventId, Guid ticketId, long sequence, TransitionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await db.InboundEvents.AnyAsync(e => e.EventId == eventId, cancellationToken))
            {
                return (Duplicate, null);
            }

            var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
            if (ticket is null)
            {
                return (UnknownTicket, null);
            }

            var now = timeProvider.GetUtcNow();
            var newest = await db.InboundEvents.Where(e => e.TicketId == ticketId && e.Outcome == Applied).MaxAsync(e => (long?)e.Sequence, cancellationToken);
            var (outcome, reason) = newest >= sequence ? (Stale, null) : await ApplyAsync(ticket, request, now, cancellationToken);
            db.InboundEvents.Add(new InboundEvent { EventId = eventId, TicketId = ticketId, Sequence = sequence, ReceivedAt = now, Outcome = outcome });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogInbound(logger, eventId, ticketId, outcome);
                return (outcome, reason);
            }
            catch (DbUpdateException exception) when (attempt < 8 && WriteConflicts.IsWriteConflict(exception))
            {
                // A concurrent update (or the same event on another connection) won; look again.
            }
        }
    }

    private async Task<(string Outcome, string? Reason)> ApplyAsync(Ticket ticket, TransitionRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = Array.IndexOf(FieldSteps, request.Action);
        var current = Array.FindIndex(FieldSteps, a => TicketWorkflow.RuleFor(a).From.Contains(ticket.State));
        var steps = target > current && current >= 0 ? FieldSteps[current..(target + 1)] : [request.Action];
        foreach (var step in steps)
        {
            var before = TicketSnapshot.Of(ticket);
            var stepRequest = step == request.Action ? request : request with { Action = step };
            var outcome = ticket.Transition(stepRequest, Dispatch, now);
            // Part reservations follow the same rules as on the API (a "booked" status reserves the part).
            var refusal = outcome.Allowed ? await partLedger.ApplyAsync(ticket, stepRequest, outcome.From, now, cancellationToken) : outcome.Reason;
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                return (Refused, refusal);
            }

            TicketChanges.Record(db, ticket, before, Dispatch, step.ToString(), now, TicketEvents.Transitioned);
        }

        return (Applied, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatch status {EventId} for ticket {TicketId}: {Outcome}")]
    private static partial void LogInbound(ILogger logger, string eventId, Guid ticketId, string outcome);
}
