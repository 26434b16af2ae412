using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Predictor.Scoring;

/// <summary>Configuration section <c>Predictor</c>.</summary>
public sealed class PredictorOptions
{
    public const string SectionName = "Predictor";

    /// <summary>Real time between scoring cycles.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Device time between evaluations of one device. New data is scored at every step since the
    /// last evaluation, so an accelerated simulation or a backlog after an outage is judged as if
    /// it had been scored live, however fast it arrives.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan EvaluationStep { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Raise a prediction when end of life is expected within this much device time.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan Horizon { get; set; } = TimeSpan.FromHours(72);

    /// <summary>Trailing window of device time the trend is fitted over.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan TrendWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// Samples fetched per device per cycle (newest first); must cover the trend window, and more than
    /// a week so the filter's usage forecast can repeat the device's weekly pattern (offices idle at weekends).
    /// </summary>
    [Range(10, 100_000)]
    public int SamplesPerDevice { get; set; } = 1152;

    /// <summary>Trailing window of hourly rollups the bearing model is fitted over.</summary>
    [Range(typeof(TimeSpan), "12:00:00", "30.00:00:00")]
    public TimeSpan BearingWindow { get; set; } = TimeSpan.FromHours(72);

    /// <summary>Trailing window of hourly rollups the pump wear trend is fitted over (pumps wear over weeks).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "60.00:00:00")]
    public TimeSpan PumpWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Pump nameplate: supply voltage, no-load loss, new wire-to-water efficiency, membrane working pressure.</summary>
    public PumpNameplate Pump { get; set; } = new();

    [Range(1.0, 10_000.0)]
    public double EndOfLifePressureDropKpa { get; set; } = 100.0;

    [Range(0.01, 10_000.0)]
    public double RatedFlowLitresPerMinute { get; set; } = 4.0;

    [Range(0.05, 1.0)]
    public double MinimumFlowFraction { get; set; } = 0.5;

    /// <summary>
    /// A prediction already sent is sent again only when its predicted failure moves by more than
    /// this share of the lead time it announced (or its priority band changes).
    /// </summary>
    [Range(0.01, 10.0)]
    public double MaterialChangeShare { get; set; } = 0.25;

    /// <summary>Consecutive clear evaluations before a sent prediction is retracted; guards against flapping.</summary>
    [Range(1, 1000)]
    public int ClearEvaluationsBeforeRetraction { get; set; } = 24;

    /// <summary>This instance's share of the devices: it scores those whose stable hash modulo <see cref="Partitions"/> is this.</summary>
    [Range(0, 1023)]
    public int Partition { get; set; }

    /// <summary>Number of predictor instances sharing the fleet by device.</summary>
    [Range(1, 1024)]
    public int Partitions { get; set; } = 1;

    /// <summary>
    /// Devices per InfluxDB query: a cycle reads the devices this instance owns in chunks of this
    /// many, so an answer stays far below the client's response limit (about 100 KB of raw window
    /// and 45 KB of rollups per device) and memory holds one chunk at a time.
    /// </summary>
    [Range(1, 2000)]
    public int DevicesPerQuery { get; set; } = 100;

    /// <summary>Base address of the ticketing service, e.g. http://127.0.0.1:18080/.</summary>
    [Required]
    public Uri? TicketingUrl { get; set; }

    /// <summary>Bearer key with the <c>predictor</c> role at ticketing.</summary>
    [Required]
    public string? TicketingApiKey { get; set; }
}
