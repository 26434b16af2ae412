using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sla;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Starts a ticket's SLA clock when the ticket is inserted and moves it on every state or
/// priority change, inside the same SaveChanges — so whichever code path changes a ticket
/// (transition, report, prediction, inbound webhook) the timer commits or fails with it.
/// </summary>
public sealed class SlaSaveChangesInterceptor(SlaSettings settings) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is TicketingDbContext db)
        {
            await TrackAsync(db, synchronous: false, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is TicketingDbContext db)
        {
            // Completes synchronously: with synchronous set, no query below awaits anything.
            TrackAsync(db, synchronous: true, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task TrackAsync(TicketingDbContext db, bool synchronous, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries<Ticket>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        foreach (var entry in changed)
        {
            var ticket = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                var query = db.Sites.AsNoTracking().Where(s => s.Id == ticket.SiteId).Select(s => new { s.TimeZoneId, s.Region });
                var site = synchronous ? query.FirstOrDefault() : await query.FirstOrDefaultAsync(cancellationToken);
                var zone = site?.TimeZoneId ?? settings.DefaultTimeZone;
                db.SlaTimers.Add(SlaTimer.Start(
                    ticket.Id, ticket.Priority, ticket.State, zone, site?.Region, ticket.FirstReceivedAt, settings.Policy, settings.CalendarFor(zone, site?.Region)));
                continue;
            }

            var from = entry.Property(t => t.State).OriginalValue;
            if (!SlaStates.AffectsClock(from, ticket.State) && entry.Property(t => t.Priority).OriginalValue == ticket.Priority)
            {
                continue;
            }

            var stored = db.SlaTimers.Where(t => t.TicketId == ticket.Id);
            var timer = db.SlaTimers.Local.FirstOrDefault(t => t.TicketId == ticket.Id)
                ?? (synchronous ? stored.SingleOrDefault() : await stored.SingleOrDefaultAsync(cancellationToken));
            var at = from == ticket.State ? ticket.LastReceivedAt : ticket.StateChangedAt ?? ticket.LastReceivedAt;
            timer?.Follow(from, ticket.State, ticket.Priority, at, settings.Policy, settings.CalendarFor(timer.TimeZoneId, timer.Region));
        }
    }
}
