using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>Republishes rejected payloads with their reason under <c>pm/v1/_deadletter/ingest</c> (QoS 1).</summary>
public sealed partial class DeadLetterPublisher(IngestStatus status, TimeProvider timeProvider, ILogger<DeadLetterPublisher> logger)
{
    public const string Topic = Topics.DeadLetterPrefix + "/ingest";

    /// <summary>
    /// Payloads are carried whole up to this size and truncated beyond it (the reason says so): a
    /// huge payload, base64-encoded, would exceed the broker's packet limit and cost the connection.
    /// </summary>
    public const int MaxCarriedPayloadBytes = 256 * 1024;

    public async Task PublishAsync(MqttClient client, string topic, ReadOnlyMemory<byte> payload, string reason, CancellationToken cancellationToken)
    {
        var letter = new DeadLetter
        {
            Topic = topic,
            Reason = payload.Length > MaxCarriedPayloadBytes ? $"{reason} (payload truncated to its first {MaxCarriedPayloadBytes} of {payload.Length} bytes here)" : reason,
            RejectedAt = timeProvider.GetUtcNow(),
            PayloadBase64 = Convert.ToBase64String(payload.Span[..Math.Min(payload.Length, MaxCarriedPayloadBytes)]),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(letter, ContractsJsonContext.Default.DeadLetter);
        await client.PublishAsync(new MqttApplicationMessage(Topic, bytes, MqttQualityOfService.AtLeastOnce), cancellationToken);
        status.DeadLettered();
        LogDeadLettered(topic, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-lettered a message from {Topic}: {Reason}")]
    private partial void LogDeadLettered(string topic, string reason);
}
