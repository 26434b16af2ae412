using System.ComponentModel.DataAnnotations;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest;

/// <summary>Configuration section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Shared-subscription group: instances in one group split the telemetry between them.</summary>
    [Required]
    public string SharedGroup { get; set; } = "ingest";

    /// <summary>
    /// True: instances share <c>$share/{SharedGroup}/…</c> and the broker deals each message to one of them,
    /// rebalancing by itself when one stops. But Mosquitto 2.0.11 does not restore a shared subscription
    /// after its own restart, so messages that devices publish between the broker's restart and ingest's
    /// re-subscribe are dropped. False (default): a plain subscription, which the broker keeps in the
    /// persistent session across its restart and queues for; several instances then split the devices
    /// with <see cref="Partitions"/> instead, losing nothing.
    /// </summary>
    public bool SharedSubscription { get; set; }

    /// <summary>
    /// With a plain subscription, how many instances split the devices: each receives all telemetry,
    /// acknowledges the messages of other partitions' devices at once (nothing parsed, nothing written)
    /// and handles its own (stable hash of site/device, <see cref="DevicePartition"/>). A stopped instance's
    /// devices wait in its persistent session until it is back. Costs the broker one delivery per instance.
    /// </summary>
    [Range(1, 64)]
    public int Partitions { get; set; } = 1;

    /// <summary>This instance's partition, 0 … <see cref="Partitions"/> − 1.</summary>
    [Range(0, 63)]
    public int Partition { get; set; }

    /// <summary>A batch is written when it holds this many points...</summary>
    [Range(1, 100_000)]
    public int BatchMaxPoints { get; set; } = 5000;

    /// <summary>...or when its first message has waited this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan BatchMaxAge { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Batches written to InfluxDB at once: with 2 the next batch is rendered and sent while the previous
    /// one is still being stored. Acknowledgements stay in batch order, each after its own write.
    /// InfluxDB 1.x answers 500 "error syncing wal" when many writes queue, so keep it small.
    /// </summary>
    [Range(1, 8)]
    public int MaxConcurrentWrites { get; set; } = 2;

    /// <summary>Messages between receiver and writer; when full the receiver waits and the broker holds the rest.</summary>
    [Range(1, 100_000)]
    public int ChannelCapacity { get; set; } = 2000;

    /// <summary>First retry delay of a failed write; later ones double (with jitter) up to <see cref="RetryDelayMax"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelayMin { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RetryDelayMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A server's <c>Retry-After</c> is honoured up to this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryAfterMax { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries of one write before giving up on it; the default never gives up (the broker holds the messages meanwhile).</summary>
    [Range(1, int.MaxValue)]
    public int MaxWriteRetries { get; set; } = int.MaxValue;

    /// <summary>Create the v1 database at start (needs admin rights); v2 buckets are never created by ingest.</summary>
    public bool CreateDatabase { get; set; } = true;

    /// <summary>On shutdown, how long to keep writing and acknowledging what was already received.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ShutdownFlushTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
