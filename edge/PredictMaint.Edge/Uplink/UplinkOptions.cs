using System.ComponentModel.DataAnnotations;
using PredictMaint.Edge.Configuration;

namespace PredictMaint.Edge.Uplink;

/// <summary>Configuration section <c>Uplink</c>: how samples are batched into telemetry messages.</summary>
public sealed class UplinkOptions
{
    public const string SectionName = "Uplink";

    /// <summary>A message is sent when it holds this many samples…</summary>
    [Range(1, 10_000)]
    public int MaxSamplesPerMessage { get; set; } = 50;

    /// <summary>…or when its oldest sample has waited this long.</summary>
    [DurationRange("00:00:00", "01:00:00")]
    public TimeSpan MaxBatchAge { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Telemetry messages sent and not yet acknowledged (PUBACK) at once; replay speed after an outage.</summary>
    [Range(1, 1_000)]
    public int MaxMessagesInFlight { get; set; } = 16;

    /// <summary>Longest wait between reconnect attempts (full-jitter exponential backoff from 200 ms).</summary>
    [DurationRange("00:00:00.200", "01:00:00")]
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the retained status is refreshed while online.</summary>
    [DurationRange("00:00:01", "1.00:00:00")]
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromMinutes(1);
}
