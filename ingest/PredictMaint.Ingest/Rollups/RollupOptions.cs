using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ingest.Rollups;

/// <summary>Configuration section <c>Ingest:Rollups</c>: hourly and daily aggregates for the predictor.</summary>
public sealed class RollupOptions
{
    public const string SectionName = "Ingest:Rollups";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the buckets touched since the last pass are recomputed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A touched bucket waits at least this long before it is recomputed, so a bucket that keeps
    /// receiving points (the current hour, a backlog being replayed) costs one query per this
    /// period instead of one per pass. Also the longest a rollup lags behind its raw points
    /// (plus one <see cref="Interval"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromSeconds(30);

    [Required]
    [RegularExpression("^[A-Za-z0-9_]+$")]
    public string HourlyMeasurement { get; set; } = "telemetry_1h";

    [Required]
    [RegularExpression("^[A-Za-z0-9_]+$")]
    public string DailyMeasurement { get; set; } = "telemetry_1d";

    /// <summary>IANA zone of sites not listed in <see cref="SiteTimeZones"/>; daily buckets follow the site's local day.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Site id → IANA time zone, e.g. <c>Ingest:Rollups:SiteTimeZones:site-3=Asia/Shanghai</c>.</summary>
    public Dictionary<string, string> SiteTimeZones { get; init; } = [];

    /// <summary>Devices named in one query's WHERE clause; more are split over several queries.</summary>
    [Range(1, 500)]
    public int MaxDevicesPerQuery { get; set; } = 50;

    /// <summary>
    /// Consecutive pending buckets (hours, or days) one query may recompute together (<see cref="RollupSpans"/>):
    /// a backlog touches many hours at once, and a query per hour costs more in per-query work than in points read.
    /// </summary>
    [Range(1, 168)]
    public int MaxBucketsPerQuery { get; set; } = 24;

    /// <summary>
    /// Bound on remembered (bucket, device) pairs. Beyond it a bucket is remembered for all devices
    /// at once (one query over the whole fleet for that bucket), so memory stays flat at any scale.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxPendingDevices { get; set; } = 100_000;

    /// <summary>
    /// File that keeps the pending buckets across a kill or crash (<see cref="RollupJournal"/>); one per
    /// instance, e.g. <c>/var/lib/pm-ingest/rollups.journal</c>. Unset: pending buckets live in memory
    /// only, and a kill between a write and the next pass leaves those buckets without rollups.
    /// </summary>
    public string? JournalFile { get; set; }
}
