using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Domain.Sla;
using PredictMaint.Ticketing.Metrics;
using PredictMaint.Ticketing.Options;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// One monitor cycle: claims the timers that are due, fires their warnings and escalation
/// steps, and saves the new timer state with one outbox event per notification in a single
/// transaction. On PostgreSQL the claim is FOR UPDATE SKIP LOCKED, so instances sharing the
/// database each take different timers and a step is never sent twice.
/// </summary>
public sealed partial class SlaEvaluator(
    TicketingDbContext db,
    DatabaseLocation location,
    SlaSettings settings,
    IOptions<SlaOptions> options,
    TimeProvider timeProvider,
    TicketingMetrics metrics,
    ILogger<SlaEvaluator> logger)
{
    /// <summary>How many timers were due (and evaluated).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var batch = options.Value.BatchSize;
        await using var claim = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = location.IsPostgres
            ? await db.SlaTimers.FromSqlInterpolated($@"
                SELECT * FROM ""SlaTimers"" WHERE ""NextCheckAt"" <= {now.UtcTicks}
                ORDER BY ""NextCheckAt"" LIMIT {batch} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken)
            : await db.SlaTimers.Where(t => t.NextCheckAt <= now).OrderBy(t => t.NextCheckAt).Take(batch).ToListAsync(cancellationToken);
        var breaches = new List<SlaTarget>();
        foreach (var timer in due)
        {
            var sent = timer.NotificationCount;
            var notifications = timer.Evaluate(now, settings.Policy, settings.CalendarFor(timer.TimeZoneId, timer.Region));
            if (notifications.Count == 0)
            {
                continue;
            }

            var technicianId = await db.Tickets.AsNoTracking().Where(t => t.Id == timer.TicketId).Select(t => t.TechnicianId).FirstOrDefaultAsync(cancellationToken);
            foreach (var notification in notifications)
            {
                db.OutboxMessages.Add(SlaEvents.Message(timer, notification, ++sent, technicianId));
                if (notification.Kind == SlaNotificationKind.Warning)
                {
                    LogWarning(logger, timer.TicketId, notification.Target, notification.DueAt, notification.NotifyRole);
                }
                else
                {
                    if (notification.Level == 1)
                    {
                        breaches.Add(notification.Target);
                    }

                    LogEscalated(logger, timer.TicketId, notification.Target, notification.DueAt, notification.Level, notification.NotifyRole);
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await claim.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A ticket moved (and with it its timer) while this cycle looked at it; the whole
            // cycle rolls back and the next one evaluates the fresh state.
            LogRaced(logger, due.Count);
            db.ChangeTracker.Clear();
            return 0;
        }

        foreach (var target in breaches)
        {
            metrics.SlaBreached(target.ToString());
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SLA warning on ticket {TicketId}: {Target} due at {DueAt}; notifying {Role}")]
    private static partial void LogWarning(ILogger logger, Guid ticketId, SlaTarget target, DateTimeOffset dueAt, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SLA breached on ticket {TicketId}: {Target} was due at {DueAt}; escalation level {Level}, notifying {Role}")]
    private static partial void LogEscalated(ILogger logger, Guid ticketId, SlaTarget target, DateTimeOffset dueAt, int level, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA cycle over {Count} timers lost a race with a ticket change; retrying next cycle")]
    private static partial void LogRaced(ILogger logger, int count);
}
