using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Audit;

namespace PredictMaint.Ticketing.Api;

/// <summary>One audit record; <c>before</c>/<c>after</c> are the canonical ticket JSON as hashed.</summary>
public sealed record AuditRecordDto(
    [property: JsonPropertyName("sequence")] int Sequence,
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("before")] string? Before,
    [property: JsonPropertyName("after")] string After,
    [property: JsonPropertyName("previous_hash")] string PreviousHash,
    [property: JsonPropertyName("hash")] string Hash)
{
    public static AuditRecordDto From(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Sequence, record.Actor, record.Role, record.Action, record.At, record.Before, record.After, record.PreviousHash, record.Hash);
    }
}
