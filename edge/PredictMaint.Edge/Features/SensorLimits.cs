using System.ComponentModel.DataAnnotations;
using PredictMaint.Edge.Configuration;

namespace PredictMaint.Edge.Features;

/// <summary>Plausibility limits of one channel for <see cref="SensorHealthMonitor"/>.</summary>
public sealed class SensorLimits
{
    public double Minimum { get; set; } = double.MinValue;

    public double Maximum { get; set; } = double.MaxValue;

    /// <summary>A reading that moves less than this for <see cref="StuckAfter"/> counts as stuck.</summary>
    [Range(0, double.MaxValue)]
    public double StuckTolerance { get; set; }

    /// <summary>How long a constant reading is believed; zero disables the check (e.g. a leak switch).</summary>
    [DurationRange("00:00:00", "7.00:00:00")]
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long reads may fail before the sensor counts as disconnected.</summary>
    [DurationRange("00:00:00", "1.00:00:00")]
    public TimeSpan DisconnectedAfter { get; set; } = TimeSpan.FromSeconds(5);
}
