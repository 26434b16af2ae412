using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// Adds the audit record (and, for events the dispatch pipeline cares about, the outbox
/// message) for a change to a tracked ticket, so both commit in the ticket's own SaveChanges.
/// The chain head lives in a shadow column of the ticket row, which the ticket's version
/// token protects: two concurrent changes cannot both extend the chain.
/// </summary>
public static class TicketChanges
{
    public const string AuditHeadColumn = "AuditHead";

    public static void Record(
        TicketingDbContext db, Ticket ticket, string? before, Actor actor, string action, DateTimeOffset at, string? eventType)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(actor);
        var head = db.Entry(ticket).Property<string?>(AuditHeadColumn);
        var after = TicketSnapshot.Of(ticket);
        var record = AuditChain.Link(head.CurrentValue ?? AuditChain.Genesis, ticket.Id, ticket.Version, actor.Name, actor.Role, action, at, before, after);
        db.AuditRecords.Add(record);
        head.CurrentValue = record.Hash;
        OfferEnqueuer.OnChange(db, ticket, action, at);
        if (eventType is null)
        {
            return;
        }

        var eventId = Guid.CreateVersion7(at);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = eventId,
            TicketId = ticket.Id,
            Sequence = ticket.Version,
            Type = eventType,
            Payload = OutboxPayload.For(eventId, eventType, ticket, action, actor, at, after),
            CreatedAt = at,
            NextAttemptAt = at,
        });
    }
}
