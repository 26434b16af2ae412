using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Workflow changes to stored tickets, each with its audit record and outbox event in one transaction.</summary>
public sealed partial class TicketWorkflowStore(
    TicketingDbContext db, TimeProvider timeProvider, TicketWriteGate writeGate, PartLedger partLedger, ILogger<TicketWorkflowStore> logger)
{
    private const int MaxBookingAttempts = 64;

    /// <summary>
    /// Applies the transition if the ticket is still at <paramref name="expectedVersion"/>
    /// (optimistic concurrency: of two planners approving the same version, one wins).
    /// </summary>
    public Task<TransitionResult> TransitionAsync(
        Guid id, int expectedVersion, TransitionRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        TransitionAsync(id, expectedVersion, request, actor, alongside: null, cancellationToken);

    /// <summary>
    /// As the other overload; <paramref name="alongside"/> stages more rows in the same SaveChanges once the transition
    /// is allowed (e.g. the use of a customer's single-use link).
    /// </summary>
    public async Task<TransitionResult> TransitionAsync(
        Guid id, int expectedVersion, TransitionRequest request, Actor actor, Action<Ticket>? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 1; ; attempt++)
        {
            var result = await TryTransitionAsync(id, expectedVersion, request, actor, alongside, cancellationToken);
            if (result is not null)
            {
                return result;
            }

            // The ticket was still at the caller's version, so the conflict was on a stock or
            // technician row (another booking took the part or the slot): plan again. Every
            // booking of a part at a depot updates the same stock row, so under load many
            // writers collide; a short random pause spreads them out instead of retrying in step.
            if (attempt >= MaxBookingAttempts)
            {
                throw new InvalidOperationException($"Ticket {id}: gave up after {attempt} conflicting bookings.");
            }

            // Real elapsed time on purpose: the service clock may be simulated or stopped (tests).
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(attempt, 20))), TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>One attempt; null when a concurrent booking changed the stock or technician it relied on.</summary>
    private async Task<TransitionResult?> TryTransitionAsync(
        Guid id, int expectedVersion, TransitionRequest request, Actor actor, Action<Ticket>? alongside, CancellationToken cancellationToken)
    {
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
        var now = timeProvider.GetUtcNow();
        var outcome = ticket.Transition(request, actor, now);
        if (outcome.Allowed && await partLedger.ApplyAsync(ticket, request, outcome.From, now, cancellationToken) is { } refusal)
        {
            outcome = TransitionOutcome.Refuse(TransitionRefusal.NoDispatchPossible, refusal, outcome.From);
        }

        if (!outcome.Allowed)
        {
            LogRefused(logger, id, request.Action, actor.Name, outcome.Reason);
            db.ChangeTracker.Clear();
            return new TransitionResult(TransitionStatus.Refused, await ReloadAsync(id, cancellationToken), outcome);
        }

        alongside?.Invoke(ticket);
        TicketChanges.Record(db, ticket, before, actor, request.Action.ToString(), now, TicketEvents.Transitioned);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await ReloadAsync(id, cancellationToken);
            return current is not null && current.Version == expectedVersion ? null : new TransitionResult(TransitionStatus.VersionMismatch, current);
        }
        catch (DbUpdateException exception) when (WriteConflicts.IsUniqueViolation(exception))
        {
            // Either the audit position was taken (a concurrent change) or a second open ticket would exist.
            var current = await ReloadAsync(id, cancellationToken);
            return current is not null && current.Version != expectedVersion
                ? new TransitionResult(TransitionStatus.VersionMismatch, current)
                : new TransitionResult(TransitionStatus.OpenTicketExists, current, outcome);
        }

        LogTransitioned(logger, id, outcome.From, outcome.To, actor.Name);
        return new TransitionResult(TransitionStatus.Done, ticket, outcome);
    }

    /// <summary>Flags the open ticket for the device and component; null when there is none.</summary>
    public async Task<Ticket?> FlagRetractionAsync(
        string deviceId, string component, string modelVersion, string reason, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.DeviceId == deviceId && t.Component == component && t.IsOpen, cancellationToken);
            if (ticket is null)
            {
                return null;
            }

            var before = TicketSnapshot.Of(ticket);
            var now = timeProvider.GetUtcNow();
            ticket.FlagRetraction(modelVersion, reason, now);
            TicketChanges.Record(db, ticket, before, actor, "Retraction", now, TicketEvents.Flagged);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ticket;
            }
            catch (DbUpdateException exception) when (attempt < 16 && WriteConflicts.IsWriteConflict(exception))
            {
                // Another change landed first; read it and flag again.
            }
        }
    }

    /// <summary>Raises a reported ticket, or merges the report into the open ticket for the device and component.</summary>
    public async Task<(Ticket Ticket, bool Created)> ReportAsync(
        TicketKind kind, string siteId, string deviceId, string component, Priority priority, string description, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var turn = await writeGate.EnterAsync(deviceId, component, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var now = timeProvider.GetUtcNow();
            var open = await db.Tickets.SingleOrDefaultAsync(t => t.DeviceId == deviceId && t.Component == component && t.IsOpen, cancellationToken);
            Ticket ticket;
            if (open is null)
            {
                ticket = Ticket.Report(Guid.CreateVersion7(now), kind, siteId, deviceId, component, priority, description, now);
                db.Tickets.Add(ticket);
                TicketChanges.Record(db, ticket, null, actor, "Report", now, TicketEvents.Created);
            }
            else
            {
                ticket = open;
                var before = TicketSnapshot.Of(ticket);
                ticket.MergeReport(kind, priority, description, now);
                TicketChanges.Record(db, ticket, before, actor, "Report", now, TicketEvents.Flagged);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (ticket, open is null);
            }
            catch (DbUpdateException exception) when (attempt < 16 && WriteConflicts.IsWriteConflict(exception))
            {
                // Another writer touched this device and component first; read again.
            }
        }
    }

    private async Task<Ticket?> ReloadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketId} {From} -> {To} by {Actor}")]
    private static partial void LogTransitioned(ILogger logger, Guid ticketId, TicketState from, TicketState to, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Action} on ticket {TicketId} by {Actor}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid ticketId, TicketAction action, string actor, string reason);
}
