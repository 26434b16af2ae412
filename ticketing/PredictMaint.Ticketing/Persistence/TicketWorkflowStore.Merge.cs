using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Persistence;

public sealed partial class TicketWorkflowStore
{
    /// <summary>
    /// Merges the duplicate (still at <paramref name="expectedVersion"/>) into <paramref name="targetId"/>
    /// (<see cref="Ticket.MergeInto"/>): both changes, their audit records (<c>MergedInto</c>,
    /// <c>MergedFrom</c>), outbox events and the release of the duplicate's part commit together.
    /// </summary>
    public async Task<TransitionResult> MergeAsync(
        Guid duplicateId, int expectedVersion, Guid targetId, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.ChangeTracker.Clear();
        var duplicate = await db.Tickets.SingleOrDefaultAsync(t => t.Id == duplicateId, cancellationToken);
        var target = await db.Tickets.SingleOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (duplicate is null || target is null)
        {
            return new TransitionResult(TransitionStatus.NotFound, duplicate);
        }

        if (duplicate.Version != expectedVersion)
        {
            return new TransitionResult(TransitionStatus.VersionMismatch, duplicate);
        }

        var (duplicateBefore, targetBefore) = (TicketSnapshot.Of(duplicate), TicketSnapshot.Of(target));
        var now = timeProvider.GetUtcNow();
        var outcome = duplicate.MergeInto(target, note, actor, now);
        if (!outcome.Allowed)
        {
            LogRefused(logger, duplicateId, TicketAction.Cancel, actor.Name, outcome.Reason);
            return new TransitionResult(TransitionStatus.Refused, await ReloadAsync(duplicateId, cancellationToken), outcome);
        }

        await partLedger.ApplyAsync(duplicate, new TransitionRequest(TicketAction.Cancel), outcome.From, now, cancellationToken);
        TicketChanges.Record(db, duplicate, duplicateBefore, actor, "MergedInto", now, TicketEvents.Transitioned);
        TicketChanges.Record(db, target, targetBefore, actor, "MergedFrom", now, TicketEvents.Flagged);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (WriteConflicts.IsWriteConflict(exception))
        {
            // Either ticket (or the duplicate's stock row) changed meanwhile: nothing was saved.
            return new TransitionResult(TransitionStatus.VersionMismatch, await ReloadAsync(duplicateId, cancellationToken));
        }

        LogTransitioned(logger, duplicateId, outcome.From, outcome.To, actor.Name);
        return new TransitionResult(TransitionStatus.Done, duplicate, outcome);
    }
}
