using System.Text.Json.Serialization;
using PredictMaint.Ingest.Completeness;
using PredictMaint.Ingest.Rollups;
using PredictMaint.Platform.Metrics;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>Counters exposed on <c>GET /status</c> (JSON) and <c>GET /metrics</c> (Prometheus).</summary>
/// <param name="pendingRollups">Absent when rollups are off.</param>
public sealed class IngestStatus(SequenceTracker sequences, PendingRollups? pendingRollups = null)
{
    private long _messagesReceived;
    private long _rollupBuckets;
    private long _messagesOtherPartition;
    private long _rollupFailures;
    private long _messagesWritten;
    private long _messagesAcknowledged;
    private long _messagesQueued;
    private long _pointsWritten;
    private long _batchesWritten;
    private long _batchSplits;
    private long _deadLetters;
    private long _writeRetries;
    private long _brokerSubscribes;

    [JsonPropertyName("messages_received")]
    public long MessagesReceived => Interlocked.Read(ref _messagesReceived);

    /// <summary>Messages of other partitions' devices, acknowledged unprocessed (plain subscription split by <c>Ingest:Partitions</c>).</summary>
    [JsonPropertyName("messages_other_partition")]
    public long MessagesOtherPartition => Interlocked.Read(ref _messagesOtherPartition);

    [JsonPropertyName("messages_written")]
    public long MessagesWritten => Interlocked.Read(ref _messagesWritten);

    [JsonPropertyName("messages_acknowledged")]
    public long MessagesAcknowledged => Interlocked.Read(ref _messagesAcknowledged);

    /// <summary>Valid messages handed to the writer and not acknowledged yet.</summary>
    [JsonPropertyName("messages_in_flight")]
    public long MessagesInFlight => Interlocked.Read(ref _messagesQueued) - MessagesAcknowledged;

    [JsonPropertyName("points_written")]
    public long PointsWritten => Interlocked.Read(ref _pointsWritten);

    [JsonPropertyName("batches_written")]
    public long BatchesWritten => Interlocked.Read(ref _batchesWritten);

    /// <summary>Times a refused batch was halved to isolate the messages InfluxDB would not take.</summary>
    [JsonPropertyName("batch_splits")]
    public long BatchSplits => Interlocked.Read(ref _batchSplits);

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

    /// <summary>Connected and subscribed (set again after every reconnect's subscribe).</summary>
    [JsonPropertyName("broker_connected")]
    public bool BrokerConnected { get; set; }

    /// <summary>Successful subscribes: 1 after start, +1 per reconnect.</summary>
    [JsonPropertyName("broker_subscribes")]
    public long BrokerSubscribes => Interlocked.Read(ref _brokerSubscribes);

    [JsonIgnore]
    public LatencyHistogram BatchLatency { get; } = new();

    [JsonIgnore]
    public SequenceTracker Sequences => sequences;

    public void Subscribed()
    {
        Interlocked.Increment(ref _brokerSubscribes);
        BrokerConnected = true;
    }

    public void OtherPartition() => Interlocked.Increment(ref _messagesOtherPartition);

    public void Received() => Interlocked.Increment(ref _messagesReceived);

    public void Queued() => Interlocked.Increment(ref _messagesQueued);

    public void NotQueued() => Interlocked.Decrement(ref _messagesQueued);

    public void DeadLettered() => Interlocked.Increment(ref _deadLetters);

    public void Retried() => Interlocked.Increment(ref _writeRetries);

    public void Split() => Interlocked.Increment(ref _batchSplits);

    /// <summary>Rollup buckets recomputed.</summary>
    [JsonPropertyName("rollup_buckets")]
    public long RollupBuckets => Interlocked.Read(ref _rollupBuckets);

    /// <summary>Rollup passes that failed and were put back for the next pass.</summary>
    [JsonPropertyName("rollup_failures")]
    public long RollupFailures => Interlocked.Read(ref _rollupFailures);

    /// <summary>Hourly and daily buckets written to but not rolled up yet; 0 once the rollups caught up.</summary>
    [JsonPropertyName("rollup_buckets_pending")]
    public int RollupBucketsPending => pendingRollups?.Outstanding ?? 0;

    public void RolledUp(int buckets) => Interlocked.Add(ref _rollupBuckets, buckets);

    public void RollupFailed() => Interlocked.Increment(ref _rollupFailures);

    public void Acknowledged(int messages) => Interlocked.Add(ref _messagesAcknowledged, messages);

    public void Written(int messages, int points, TimeSpan latency)
    {
        Interlocked.Add(ref _messagesWritten, messages);
        Interlocked.Add(ref _pointsWritten, points);
        Interlocked.Increment(ref _batchesWritten);
        BatchLatency.Observe(latency);
    }
}
