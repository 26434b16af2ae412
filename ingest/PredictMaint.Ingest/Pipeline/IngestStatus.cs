using System.Text.Json.Serialization;
using PredictMaint.Ingest.Completeness;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>Counters exposed on <c>GET /status</c>.</summary>
public sealed class IngestStatus(SequenceTracker sequences)
{
    private long _messagesReceived;
    private long _messagesWritten;
    private long _pointsWritten;
    private long _batchesWritten;
    private long _deadLetters;
    private long _writeRetries;

    [JsonPropertyName("messages_received")]
    public long MessagesReceived => Interlocked.Read(ref _messagesReceived);

    [JsonPropertyName("messages_written")]
    public long MessagesWritten => Interlocked.Read(ref _messagesWritten);

    [JsonPropertyName("points_written")]
    public long PointsWritten => Interlocked.Read(ref _pointsWritten);

    [JsonPropertyName("batches_written")]
    public long BatchesWritten => Interlocked.Read(ref _batchesWritten);

    [JsonPropertyName("dead_letters")]
    public long DeadLetters => Interlocked.Read(ref _deadLetters);

    [JsonPropertyName("write_retries")]
    public long WriteRetries => Interlocked.Read(ref _writeRetries);

    [JsonPropertyName("devices")]
    public int Devices => sequences.Devices;

    [JsonPropertyName("sequence_gaps")]
    public long SequenceGaps => sequences.Gaps;

    [JsonPropertyName("missing_messages")]
    public long MissingMessages => sequences.MissingMessages;

    [JsonPropertyName("duplicate_messages")]
    public long DuplicateMessages => sequences.Duplicates;

    [JsonPropertyName("broker_connected")]
    public bool BrokerConnected { get; set; }

    public void Received() => Interlocked.Increment(ref _messagesReceived);

    public void DeadLettered() => Interlocked.Increment(ref _deadLetters);

    public void Retried() => Interlocked.Increment(ref _writeRetries);

    public void Written(int messages, int points)
    {
        Interlocked.Add(ref _messagesWritten, messages);
        Interlocked.Add(ref _pointsWritten, points);
        Interlocked.Increment(ref _batchesWritten);
    }
}
