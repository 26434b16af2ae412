using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

public sealed record DeadLetterDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("ticket_id")] Guid TicketId,
    [property: JsonPropertyName("sequence")] int Sequence,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("last_error")] string? LastError,
    [property: JsonPropertyName("dead_lettered_at")] DateTimeOffset? DeadLetteredAt);
