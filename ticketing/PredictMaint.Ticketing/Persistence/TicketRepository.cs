using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Persistence;

public sealed partial class TicketRepository(
    TicketingDbContext db,
    TimeProvider timeProvider,
    AutoApprovalPolicy autoApproval,
    TicketWriteGate writeGate,
    IOptions<TicketingOptions> options,
    ILogger<TicketRepository> logger)
{
    /// <summary>
    /// Creates the open ticket for the prediction's device and component, or adds the prediction
    /// to it. Optimistic: when a concurrent writer got there first (unique index on open tickets,
    /// or the ticket's version moved) it reads again and retries, now as an update.
    /// </summary>
    public async Task<RecordedPrediction> RecordPredictionAsync(Prediction prediction, Actor? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        actor ??= new Actor(Roles.Predictor, Roles.Predictor);
        using var turn = await writeGate.EnterAsync(prediction.DeviceId, prediction.Component, cancellationToken);
        var maxAttempts = options.Value.MaxWriteAttempts;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var open = await db.Tickets.SingleOrDefaultAsync(
                t => t.DeviceId == prediction.DeviceId && t.Component == prediction.Component && t.IsOpen,
                cancellationToken);
            var receivedAt = timeProvider.GetUtcNow();
            RecordedPrediction recorded;
            if (PredictionIntake.Decide(open, prediction) == IntakeAction.CreateTicket)
            {
                var ticket = Ticket.Propose(Guid.CreateVersion7(receivedAt), prediction, receivedAt);
                var (approve, note) = autoApproval.Decide(prediction);
                ticket.NoteAutoApproval(note);
                db.Tickets.Add(ticket);
                TicketChanges.Record(db, ticket, null, actor, "Create", receivedAt, TicketEvents.Created);
                if (approve)
                {
                    var before = TicketSnapshot.Of(ticket);
                    ticket.Transition(new TransitionRequest(TicketAction.Approve), Actor.System("auto-approval"), receivedAt);
                    TicketChanges.Record(db, ticket, before, Actor.System("auto-approval"), nameof(TicketAction.Approve), receivedAt, TicketEvents.Transitioned);
                }

                recorded = new RecordedPrediction(ticket, IntakeAction.CreateTicket);
            }
            else
            {
                var before = TicketSnapshot.Of(open!);
                recorded = new RecordedPrediction(open!, open!.RecordPrediction(prediction, receivedAt));
                TicketChanges.Record(db, open, before, actor, "Prediction", receivedAt, eventType: null);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return recorded;
            }
            catch (DbUpdateException exception) when (attempt < maxAttempts && WriteConflicts.IsWriteConflict(exception))
            {
                LogWriteConflict(logger, prediction.DeviceId, prediction.Component, attempt);
            }
        }
    }

    public Task<Ticket?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>The tickets merged into <paramref name="ticketId"/> as duplicates, oldest first.</summary>
    public async Task<IReadOnlyList<Ticket>> DuplicatesOfAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        await db.Tickets.AsNoTracking().Where(t => t.MergedIntoId == ticketId).OrderBy(t => t.FirstReceivedAt).ToListAsync(cancellationToken);

    /// <summary>A page of matching tickets, soonest predicted failure first, and how many match in all.</summary>
    public async Task<(IReadOnlyList<Ticket> Page, int Total)> ListAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tickets = Filter(db.Tickets.AsNoTracking(), query);
        var ordered = tickets.OrderBy(t => t.PredictedFailureAt).ThenBy(t => t.Id).Skip(query.Skip);
        var page = await (query.Take is { } take ? ordered.Take(take) : ordered).ToListAsync(cancellationToken);
        var total = query.Take is null && query.Skip == 0 ? page.Count : await tickets.CountAsync(cancellationToken);
        return (page, total);
    }

    private static IQueryable<Ticket> Filter(IQueryable<Ticket> tickets, TicketQuery query)
    {
        if (query.DeviceId is { } deviceId)
        {
            tickets = tickets.Where(t => t.DeviceId == deviceId);
        }

        if (query.Component is { } component)
        {
            tickets = tickets.Where(t => t.Component == component);
        }

        if (query.State is { } state)
        {
            tickets = tickets.Where(t => t.State == state);
        }

        if (query.SiteId is { } siteId)
        {
            tickets = tickets.Where(t => t.SiteId == siteId);
        }

        if (query.Kind is { } kind)
        {
            tickets = tickets.Where(t => t.Kind == kind);
        }

        if (query.Priority is { } priority)
        {
            tickets = tickets.Where(t => t.Priority == priority);
        }

        if (query.NeedsReview is { } needsReview)
        {
            tickets = tickets.Where(t => t.NeedsReview == needsReview);
        }

        if (query.SiteIds is { } siteIds)
        {
            tickets = tickets.Where(t => siteIds.Contains(t.SiteId));
        }

        if (query.ModelVersion is { } modelVersion)
        {
            tickets = tickets.Where(t => t.ModelVersion == modelVersion);
        }

        return tickets;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Concurrent write on the ticket for {DeviceId}/{Component}; retrying (attempt {Attempt})")]
    private static partial void LogWriteConflict(ILogger logger, string deviceId, string component, int attempt);
}
