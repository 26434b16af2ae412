using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// Stages the race the offer relay has to survive, without timing: right before a save that moves a
/// ticket to Offered for the relay, another writer records new evidence on that ticket through the
/// real repository (its own scope and connection, committed), so the relay's save meets a newer
/// version. It does so on every such save until the armed number of races is used up.
/// </summary>
public sealed class TicketRaceInterceptor(IServiceScopeFactory scopes) : SaveChangesInterceptor
{
    private int remaining;
    private int staged;

    /// <summary>Races run so far.</summary>
    public int Staged => Volatile.Read(ref staged);

    public void Arm(int races) => Volatile.Write(ref remaining, races);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && OfferedByRelay(context) is { } ticket && Interlocked.Decrement(ref remaining) >= 0)
        {
            var round = Interlocked.Increment(ref staged);
            await using var scope = scopes.CreateAsyncScope();
            var evidence = TestPredictions.For(ticket.DeviceId, leadTimeHours: 100 + round);
            await scope.ServiceProvider.GetRequiredService<TicketRepository>().RecordPredictionAsync(evidence, cancellationToken: cancellationToken);
        }

        return result;
    }

    /// <summary>The ticket this save moves to Offered for the relay (its audit record says so), if it is such a save.</summary>
    private static Ticket? OfferedByRelay(DbContext context) =>
        context.ChangeTracker.Entries<AuditRecord>()
            .Any(e => e.State == EntityState.Added && e.Entity.Action == nameof(TicketAction.Offer) && e.Entity.Actor == OfferedMarker.Relay.Name)
            ? context.ChangeTracker.Entries<Ticket>().Single(e => e.State == EntityState.Modified).Entity
            : null;
}
