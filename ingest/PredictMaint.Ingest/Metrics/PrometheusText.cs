using System.Globalization;
using System.Text;
using PredictMaint.Ingest.Pipeline;

namespace PredictMaint.Ingest.Metrics;

/// <summary>Renders <see cref="IngestStatus"/> in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Render(IngestStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var text = new StringBuilder();
        Counter(text, "pm_ingest_messages_received_total", "Telemetry messages received from the broker.", status.MessagesReceived);
        Counter(text, "pm_ingest_messages_other_partition_total", "Messages of devices owned by another partition (Ingest:Partitions), acknowledged unprocessed.", status.MessagesOtherPartition);
        Counter(text, "pm_ingest_messages_written_total", "Messages whose points were written to InfluxDB.", status.MessagesWritten);
        Counter(text, "pm_ingest_messages_acknowledged_total", "Messages acknowledged to the broker after their write.", status.MessagesAcknowledged);
        Counter(text, "pm_ingest_points_written_total", "Points written to InfluxDB.", status.PointsWritten);
        Counter(text, "pm_ingest_batches_written_total", "Batches written to InfluxDB.", status.BatchesWritten);
        Counter(text, "pm_ingest_batch_splits_total", "Refused batches halved to isolate bad messages.", status.BatchSplits);
        Counter(text, "pm_ingest_dead_letters_total", "Messages rejected and republished to the dead-letter topic.", status.DeadLetters);
        Counter(text, "pm_ingest_write_retries_total", "InfluxDB write attempts retried.", status.WriteRetries);
        Counter(text, "pm_ingest_sequence_gaps_total", "Jumps in a device's message sequence seen by this instance.", status.SequenceGaps);
        Counter(text, "pm_ingest_missing_messages_total", "Messages missing according to sequence numbers (this instance).", status.MissingMessages);
        Counter(text, "pm_ingest_duplicate_messages_total", "Redelivered or repeated messages (harmless: writes are idempotent).", status.DuplicateMessages);
        Counter(text, "pm_ingest_rollup_buckets_total", "Hourly and daily rollup buckets recomputed.", status.RollupBuckets);
        Counter(text, "pm_ingest_rollup_failures_total", "Rollup passes that failed and were retried.", status.RollupFailures);
        Gauge(text, "pm_ingest_messages_in_flight", "Valid messages received and not acknowledged yet.", status.MessagesInFlight);
        Gauge(text, "pm_ingest_devices", "Devices seen by this instance.", status.Devices);
        Gauge(text, "pm_ingest_broker_connected", "1 when connected to the MQTT broker.", status.BrokerConnected ? 1 : 0);

        text.Append("# HELP pm_ingest_device_missing_messages_total Missing messages per device (devices with gaps only).\n");
        text.Append("# TYPE pm_ingest_device_missing_messages_total counter\n");
        foreach (var (device, missing) in status.Sequences.MissingByDevice().OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var slash = device.IndexOf('/', StringComparison.Ordinal);
            // Site and device ids are [A-Za-z0-9_-] (Topics.IsValidId), so they need no label escaping.
            text.Append(CultureInfo.InvariantCulture, $"pm_ingest_device_missing_messages_total{{site=\"{device[..slash]}\",device=\"{device[(slash + 1)..]}\"}} {missing}\n");
        }

        Histogram(text, "pm_ingest_batch_write_seconds", "Time to write one batch to InfluxDB, retries included.", status.BatchLatency);
        return text.ToString();
    }

    private static void Counter(StringBuilder text, string name, string help, long value) => Metric(text, name, help, "counter", value);

    private static void Gauge(StringBuilder text, string name, string help, long value) => Metric(text, name, help, "gauge", value);

    private static void Metric(StringBuilder text, string name, string help, string type, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {type}\n{name} {value}\n");

    private static void Histogram(StringBuilder text, string name, string help, LatencyHistogram histogram)
    {
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} histogram\n");
        var counts = histogram.CumulativeCounts();
        for (var i = 0; i < LatencyHistogram.BucketBoundsSeconds.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{le=\"{LatencyHistogram.BucketBoundsSeconds[i]}\"}} {counts[i]}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{le=\"+Inf\"}} {counts[^1]}\n");
        text.Append(CultureInfo.InvariantCulture, $"{name}_sum {histogram.SumSeconds}\n{name}_count {counts[^1]}\n");
    }
}
