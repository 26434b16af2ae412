using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Persistence;

public sealed partial class TicketWorkflowStore
{
    /// <summary>Changes the priority if the ticket is still at <paramref name="expectedVersion"/>; audited like a transition.</summary>
    public async Task<TransitionResult> ChangePriorityAsync(
        Guid id, int expectedVersion, Priority priority, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.ChangeTracker.Clear();
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return new TransitionResult(TransitionStatus.NotFound, null);
        }

        if (ticket.Version != expectedVersion)
        {
            return new TransitionResult(TransitionStatus.VersionMismatch, ticket);
        }

        var before = TicketSnapshot.Of(ticket);
        var outcome = ticket.ChangePriority(priority, actor);
        if (!outcome.Allowed)
        {
            return new TransitionResult(TransitionStatus.Refused, ticket, outcome);
        }

        var now = timeProvider.GetUtcNow();
        TicketChanges.Record(db, ticket, before, actor, "Priority" + priority, now, TicketEvents.Flagged);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (WriteConflicts.IsWriteConflict(exception))
        {
            return new TransitionResult(TransitionStatus.VersionMismatch, await ReloadAsync(id, cancellationToken));
        }

        return new TransitionResult(TransitionStatus.Done, ticket, outcome);
    }
}
