using System.Globalization;
using System.Text;
using System.Text.Json;
using PredictMaint.Ticketing.Domain.Sla;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// SLA notifications as outbox messages, so they reach the dispatch pipeline through the relay
/// like every ticket event. Their outbox position counts up from <see cref="int.MinValue"/> per
/// ticket: ticket events use the ticket version, the two must never collide, and the relay
/// sends a ticket's SLA notifications in the order they were raised.
/// </summary>
public static class SlaEvents
{
    public const string Warning = "ticket.sla_warning";
    public const string Escalated = "ticket.sla_escalated";

    public static OutboxMessage Message(SlaTimer timer, SlaNotification notification, int number, string? technicianId)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(notification);
        var id = Guid.CreateVersion7(notification.At);
        var type = notification.Kind == SlaNotificationKind.Warning ? Warning : Escalated;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event_id", id.ToString("D"));
            json.WriteString("type", type);
            json.WriteString("ticket_id", timer.TicketId.ToString("D"));
            json.WriteNumber("sequence", int.MinValue + number);
            json.WriteString("target", notification.Target.ToString().ToLowerInvariant());
            json.WriteNumber("escalation_level", notification.Level);
            json.WriteString("notify_role", notification.NotifyRole);
            json.WriteString("technician_id", technicianId);
            json.WriteString("priority", timer.Priority.ToString());
            json.WriteString("due_at", notification.DueAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("occurred_at", notification.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return new OutboxMessage
        {
            Id = id,
            TicketId = timer.TicketId,
            Sequence = int.MinValue + number,
            Type = type,
            Payload = Encoding.UTF8.GetString(buffer.ToArray()),
            CreatedAt = notification.At,
            NextAttemptAt = notification.At,
        };
    }
}
