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

    /// <summary>Rated flow of the filter, for <c>filter_clogging_index_kpa</c> (ΔP normalised to it and to 20 °C); 0 publishes no index.</summary>
    [Range(0, 100_000)]
    public double RatedFlowLitresPerMinute { get; set; } = 4.0;

    /// <summary>Below this fraction of the rated flow no index is computed (pump off: ΔP/Q is noise over noise).</summary>
    [Range(0, 1)]
    public double CloggingIndexMinimumFlowFraction { get; set; } = 0.2;

    /// <summary>Health limits per channel field name (e.g. <c>pressure_drop_kpa</c>).</summary>
    public Dictionary<string, SensorLimits> Limits { get; set; } = [];
}
