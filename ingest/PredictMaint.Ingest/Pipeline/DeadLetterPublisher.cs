using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>Republishes rejected payloads with their reason under <c>pm/v1/_deadletter/ingest</c> (QoS 1).</summary>
public sealed partial class DeadLetterPublisher(IngestStatus status, TimeProvider timeProvider, ILogger<DeadLetterPublisher> logger)
{
    public const string Topic = Topics.DeadLetterPrefix + "/ingest";

    public async Task PublishAsync(MqttClient client, string topic, ReadOnlyMemory<byte> payload, string reason, CancellationToken cancellationToken)
    {
        var letter = new DeadLetter
        {
            Topic = topic,
            Reason = reason,
            RejectedAt = timeProvider.GetUtcNow(),
            PayloadBase64 = Convert.ToBase64String(payload.Span),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(letter, ContractsJsonContext.Default.DeadLetter);
        await client.PublishAsync(new MqttApplicationMessage(Topic, bytes, MqttQualityOfService.AtLeastOnce), cancellationToken);
        status.DeadLettered();
        LogDeadLettered(topic, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-lettered a message from {Topic}: {Reason}")]
    private partial void LogDeadLettered(string topic, string reason);
}
