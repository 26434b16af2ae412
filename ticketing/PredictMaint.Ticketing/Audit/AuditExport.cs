using System.Globalization;
using System.Text.Json;

namespace PredictMaint.Ticketing.Audit;

/// <summary>
/// The export format: one JSON object per line (JSON Lines) per audit record, with the exact
/// fields the hash covers plus both hashes, so a file can be checked offline with
/// <see cref="AuditExportVerifier"/> and nothing but this code.
/// </summary>
public static class AuditExport
{
    public const string ContentType = "application/x-ndjson";

    public static void Write(Utf8JsonWriter json, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(record);
        json.WriteStartObject();
        json.WriteString("ticket_id", record.TicketId.ToString("D"));
        json.WriteNumber("sequence", record.Sequence);
        json.WriteString("actor", record.Actor);
        json.WriteString("role", record.Role);
        json.WriteString("action", record.Action);
        json.WriteString("at", record.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("before", record.Before);
        json.WriteString("after", record.After);
        json.WriteString("previous_hash", record.PreviousHash);
        json.WriteString("hash", record.Hash);
        json.WriteEndObject();
    }

    /// <summary>Parses one line; throws <see cref="JsonException"/> or <see cref="FormatException"/> on anything malformed.</summary>
    public static AuditRecord Read(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        return new AuditRecord
        {
            TicketId = Guid.Parse(Text(root, "ticket_id")),
            Sequence = root.GetProperty("sequence").GetInt32(),
            Actor = Text(root, "actor"),
            Role = Text(root, "role"),
            Action = Text(root, "action"),
            At = DateTimeOffset.Parse(Text(root, "at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Before = root.GetProperty("before").GetString(),
            After = Text(root, "after"),
            PreviousHash = Text(root, "previous_hash"),
            Hash = Text(root, "hash"),
        };
    }

    private static string Text(JsonElement root, string name) =>
        root.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null.");
}
