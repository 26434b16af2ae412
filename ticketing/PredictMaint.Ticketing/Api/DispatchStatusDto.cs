using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>Health of the link to the dispatch pipeline, for planners and monitoring.</summary>
public sealed record DispatchStatusDto(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("consecutive_failures")] int ConsecutiveFailures,
    [property: JsonPropertyName("open_until")] DateTimeOffset? OpenUntil,
    [property: JsonPropertyName("last_error")] string? LastError,
    [property: JsonPropertyName("pending")] int Pending,
    [property: JsonPropertyName("dead_lettered")] int DeadLettered);
