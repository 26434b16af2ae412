using System.ComponentModel.DataAnnotations;
using PredictMaint.Edge.Configuration;

namespace PredictMaint.Edge.Queue;

/// <summary>Configuration section <c>Queue</c>: where and how much the store-and-forward queue keeps.</summary>
public sealed class DiskQueueOptions
{
    public const string SectionName = "Queue";

    [Required]
    public string Directory { get; set; } = "queue";

    /// <summary>Upper bound of all segment files together; beyond it the oldest segment is dropped.</summary>
    [Range(4_096, long.MaxValue)]
    public long MaxTotalBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>A segment is closed and a new one started past this size; it is also the unit overflow drops.</summary>
    [Range(1_024, long.MaxValue)]
    public long SegmentBytes { get; set; } = 4L * 1024 * 1024;

    [Range(1, 16 * 1024 * 1024)]
    public int MaxRecordBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How long the queue writer collects samples before one write and fsync; zero stores each as
    /// soon as it is taken. Bounds what a power cut can lose (samples taken, not yet stored).
    /// </summary>
    [DurationRange("00:00:00", "00:01:00")]
    public TimeSpan CommitInterval { get; set; }
}
