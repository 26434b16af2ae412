using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Metrics;

namespace PredictMaint.Ingest.Metrics;

/// <summary>Renders <see cref="IngestStatus"/> in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    public static string Render(IngestStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new PrometheusWriter()
            .Counter("pm_ingest_messages_received_total", "Telemetry messages received from the broker.", status.MessagesReceived)
            .Counter("pm_ingest_messages_other_partition_total", "Messages of devices owned by another partition (Ingest:Partitions), acknowledged unprocessed.", status.MessagesOtherPartition)
            .Counter("pm_ingest_messages_written_total", "Messages whose points were written to InfluxDB.", status.MessagesWritten)
            .Counter("pm_ingest_messages_acknowledged_total", "Messages acknowledged to the broker after their write.", status.MessagesAcknowledged)
            .Counter("pm_ingest_points_written_total", "Points written to InfluxDB.", status.PointsWritten)
            .Counter("pm_ingest_batches_written_total", "Batches written to InfluxDB.", status.BatchesWritten)
            .Counter("pm_ingest_batch_splits_total", "Refused batches halved to isolate bad messages.", status.BatchSplits)
            .Counter("pm_ingest_dead_letters_total", "Messages rejected and republished to the dead-letter topic.", status.DeadLetters)
            .Counter("pm_ingest_write_retries_total", "InfluxDB write attempts retried.", status.WriteRetries)
            .Counter("pm_ingest_sequence_gaps_total", "Jumps in a device's message sequence seen by this instance.", status.SequenceGaps)
            .Counter("pm_ingest_missing_messages_total", "Messages missing according to sequence numbers (this instance).", status.MissingMessages)
            .Counter("pm_ingest_duplicate_messages_total", "Redelivered or repeated messages (harmless: writes are idempotent).", status.DuplicateMessages)
            .Counter("pm_ingest_rollup_buckets_total", "Hourly and daily rollup buckets recomputed.", status.RollupBuckets)
            .Counter("pm_ingest_rollup_failures_total", "Rollup passes that failed and were retried.", status.RollupFailures)
            .Counter("pm_ingest_broker_subscribes_total", "Subscribes to the broker: 1 after start, +1 per reconnect.", status.BrokerSubscribes)
            .Gauge("pm_ingest_messages_in_flight", "Valid messages received and not acknowledged yet.", status.MessagesInFlight)
            .Gauge("pm_ingest_rollup_buckets_pending", "Hourly and daily buckets written to and not rolled up yet (0: caught up).", status.RollupBucketsPending)
            .Gauge("pm_ingest_devices", "Devices seen by this instance.", status.Devices)
            .Gauge("pm_ingest_broker_connected", "1 when connected to the MQTT broker.", status.BrokerConnected ? 1 : 0)
            .Counter(
                "pm_ingest_device_missing_messages_total",
                "Missing messages per device (devices with gaps only).",
                status.Sequences.MissingByDevice().OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => DeviceSample(d.Key, d.Value)))
            .Histogram("pm_ingest_batch_write_seconds", "Time to write one batch to InfluxDB, retries included.", status.BatchLatency)
            .ToString();
    }

    private static MetricSample DeviceSample(string siteAndDevice, long missing)
    {
        var slash = siteAndDevice.IndexOf('/', StringComparison.Ordinal);
        return new MetricSample([new MetricLabel("site", siteAndDevice[..slash]), new MetricLabel("device", siteAndDevice[(slash + 1)..])], missing);
    }
}
