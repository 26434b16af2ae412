using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// A message a service could not accept, republished under <see cref="Topics.DeadLetterPrefix"/>
/// with the reason, so nothing is silently dropped and the payload can be inspected or replayed.
/// </summary>
public sealed record DeadLetter
{
    [JsonPropertyName("topic")]
    public required string Topic { get; init; }

    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    /// <summary>Service time (not device time) when the message was rejected.</summary>
    [JsonPropertyName("rejected_at")]
    public required DateTimeOffset RejectedAt { get; init; }

    /// <summary>The original payload, base64: it may not be valid UTF-8.</summary>
    [JsonPropertyName("payload_base64")]
    public required string PayloadBase64 { get; init; }
}
