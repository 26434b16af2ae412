using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ingest;

/// <summary>Configuration section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Shared-subscription group: instances in one group split the telemetry between them.</summary>
    [Required]
    public string SharedGroup { get; set; } = "ingest";

    /// <summary>
    /// False: a plain subscription (one instance only, <see cref="SharedGroup"/> unused). Mosquitto 2.0.11
    /// restores a persistent session's plain subscription after its own restart and queues for it
    /// meanwhile, but not a shared one, so only a plain subscription loses nothing across a broker restart.
    /// </summary>
    public bool SharedSubscription { get; set; } = true;

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
