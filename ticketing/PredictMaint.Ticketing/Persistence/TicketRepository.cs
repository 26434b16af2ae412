using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

public sealed partial class TicketRepository(
    TicketingDbContext db,
    TimeProvider timeProvider,
    IOptions<TicketingOptions> options,
    ILogger<TicketRepository> logger)
{
    /// <summary>
    /// Creates the open ticket for the prediction's device and component, or adds the prediction
    /// to it. Optimistic: when a concurrent writer got there first (unique index on open tickets,
    /// or the ticket's version moved) it reads again and retries, now as an update.
    /// </summary>
    public async Task<RecordedPrediction> RecordPredictionAsync(Prediction prediction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prediction);
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
                db.Tickets.Add(ticket);
                recorded = new RecordedPrediction(ticket, IntakeAction.CreateTicket);
            }
            else
            {
                recorded = new RecordedPrediction(open!, open!.RecordPrediction(prediction, receivedAt));
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

    /// <summary>Matching tickets, soonest predicted failure first.</summary>
    public async Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tickets = db.Tickets.AsNoTracking();
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

        return await tickets.OrderBy(t => t.PredictedFailureAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Concurrent write on the ticket for {DeviceId}/{Component}; retrying (attempt {Attempt})")]
    private static partial void LogWriteConflict(ILogger logger, string deviceId, string component, int attempt);
}
