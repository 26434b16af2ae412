using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PredictMaint.Ticketing.Audit;

/// <summary>
/// Hash chain over each ticket's history: hash = SHA-256(previous hash + "\n" + canonical
/// record), hex. Editing, inserting or deleting a record breaks every later link; truncating
/// the tail is caught by comparing the last record with the ticket itself.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static AuditRecord Link(
        string previousHash, Guid ticketId, int sequence, string actor, string role, string action, DateTimeOffset at, string? before, string after)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var draft = new AuditRecord
        {
            TicketId = ticketId, Sequence = sequence, Actor = actor, Role = role, Action = action,
            At = at.ToUniversalTime(), Before = before, After = after, PreviousHash = previousHash, Hash = string.Empty,
        };
        return new AuditRecord
        {
            TicketId = draft.TicketId, Sequence = draft.Sequence, Actor = draft.Actor, Role = draft.Role, Action = draft.Action,
            At = draft.At, Before = draft.Before, After = draft.After, PreviousHash = previousHash, Hash = HashOf(draft),
        };
    }

    public static string HashOf(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var bytes = Encoding.UTF8.GetBytes(record.PreviousHash + "\n" + Canonical(record));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// Problems in one ticket's chain (records in sequence order) measured against the
    /// ticket's current snapshot; empty when intact.
    /// </summary>
    public static IReadOnlyList<string> Verify(IReadOnlyList<AuditRecord> records, string? currentSnapshot)
    {
        ArgumentNullException.ThrowIfNull(records);
        var problems = new List<string>();
        var previous = Genesis;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"record {record.Sequence}");
            if (record.Sequence != i + 1)
            {
                problems.Add($"{at}: expected sequence {i + 1} (a record is missing or inserted)");
            }

            if (record.PreviousHash != previous)
            {
                problems.Add($"{at}: does not link to the record before it");
            }

            if (HashOf(record) != record.Hash)
            {
                problems.Add($"{at}: content does not match its hash (edited)");
            }

            previous = record.Hash;
        }

        if (records.Count == 0 || records[^1].After != currentSnapshot)
        {
            problems.Add("the ticket does not match the last audit record (changed outside the audit trail, or records removed)");
        }

        return problems;
    }

    private static string Canonical(AuditRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("ticket_id", record.TicketId.ToString("D"));
            json.WriteNumber("sequence", record.Sequence);
            json.WriteString("actor", record.Actor);
            json.WriteString("role", record.Role);
            json.WriteString("action", record.Action);
            json.WriteString("at", record.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("before", record.Before);
            json.WriteString("after", record.After);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
