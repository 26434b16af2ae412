using System.Globalization;
using System.Text;
using System.Text.Json;
using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>The JSON body delivered to the dispatch pipeline for one ticket event.</summary>
public static class OutboxPayload
{
    public static string For(Guid eventId, string type, Ticket ticket, string action, Actor actor, DateTimeOffset at, string ticketSnapshot)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(actor);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event_id", eventId.ToString("D"));
            json.WriteString("type", type);
            json.WriteString("ticket_id", ticket.Id.ToString("D"));
            json.WriteNumber("sequence", ticket.Version);
            json.WriteString("action", action);
            json.WriteString("actor", actor.Name);
            json.WriteString("occurred_at", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            json.WritePropertyName("ticket");
            json.WriteRawValue(ticketSnapshot, skipInputValidation: true);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
