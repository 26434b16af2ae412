using System.ComponentModel.DataAnnotations;
using PredictMaint.Edge.Configuration;
using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>Configuration section <c>Sampling</c>.</summary>
public sealed class SamplingOptions
{
    public const string SectionName = "Sampling";

    [DurationRange("00:00:00.001", "01:00:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Samples waiting between the sampling loop and the disk; beyond it the sampling loop waits.</summary>
    [Range(1, 1_000_000)]
    public int BufferCapacity { get; set; } = 10_000;

    /// <summary>Where readings come from: <c>modbus</c> (section <c>Modbus</c>) or <c>simulated</c> (demos, benches without a sensor board).</summary>
    [Required]
    [AllowedValues("simulated", "modbus", ErrorMessage = "Source must be one of: simulated, modbus.")]
    public string Source { get; set; } = "simulated";

    /// <summary>Health limits per channel field name (e.g. <c>pressure_drop_kpa</c>).</summary>
    public Dictionary<string, SensorLimits> Limits { get; set; } = [];
}
