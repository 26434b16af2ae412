using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// One reading of a purifier at the device's own timestamp. Units are in the field names;
/// a channel the device does not have (or whose sensor is unhealthy) is null, never NaN.
/// </summary>
public sealed record TelemetrySample
{
    [JsonPropertyName("ts")]
    public required DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("inlet_pressure_kpa")]
    public double? InletPressureKpa { get; init; }

    [JsonPropertyName("outlet_pressure_kpa")]
    public double? OutletPressureKpa { get; init; }

    /// <summary>Pressure drop across the filter, the main clogging signal.</summary>
    [JsonPropertyName("pressure_drop_kpa")]
    public double? PressureDropKpa { get; init; }

    [JsonPropertyName("flow_lpm")]
    public double? FlowLitresPerMinute { get; init; }

    [JsonPropertyName("water_temp_c")]
    public double? WaterTemperatureCelsius { get; init; }

    [JsonPropertyName("pump_current_a")]
    public double? PumpCurrentAmps { get; init; }

    [JsonPropertyName("vibration_rms_mm_s")]
    public double? VibrationRmsMillimetresPerSecond { get; init; }

    /// <summary>Peak vibration velocity in the sample window; the crest factor rises with bearing damage.</summary>
    [JsonPropertyName("vibration_peak_mm_s")]
    public double? VibrationPeakMillimetresPerSecond { get; init; }

    /// <summary>Kurtosis of the vibration signal (3 for healthy Gaussian vibration; impacts raise it).</summary>
    [JsonPropertyName("vibration_kurtosis")]
    public double? VibrationKurtosis { get; init; }

    /// <summary>Peak over RMS of the vibration acceleration (√2 for a pure tone); rises with bearing impacts. Computed on the edge from a waveform.</summary>
    [JsonPropertyName("vibration_crest_factor")]
    public double? VibrationCrestFactor { get; init; }

    /// <summary>Mean-square vibration acceleration, 10–100 Hz (shaft speed, imbalance, misalignment). Edge-computed.</summary>
    [JsonPropertyName("vibration_band_10_100hz_m2_s4")]
    public double? VibrationMeanSquare10To100Hz { get; init; }

    /// <summary>Mean-square vibration acceleration, 100–500 Hz (bearing defect frequencies). Edge-computed.</summary>
    [JsonPropertyName("vibration_band_100_500hz_m2_s4")]
    public double? VibrationMeanSquare100To500Hz { get; init; }

    /// <summary>Mean-square vibration acceleration, 500–1000 Hz (impacts, lubrication, cavitation). Edge-computed.</summary>
    [JsonPropertyName("vibration_band_500_1000hz_m2_s4")]
    public double? VibrationMeanSquare500To1000Hz { get; init; }

    /// <summary>
    /// Filter clogging index: the pressure drop the filter would show at rated flow and 20 °C,
    /// ΔP·(Q_rated/Q)·μ(20 °C)/μ(T), in kPa; grows only as the filter clogs. Edge-computed; absent
    /// while the flow is too low to tell.
    /// </summary>
    [JsonPropertyName("filter_clogging_index_kpa")]
    public double? FilterCloggingIndexKpa { get; init; }

    /// <summary>Total dissolved solids of the feed water, parts per million.</summary>
    [JsonPropertyName("tds_in_ppm")]
    public double? TdsInPpm { get; init; }

    /// <summary>Total dissolved solids of the product water; rises as membrane rejection declines.</summary>
    [JsonPropertyName("tds_out_ppm")]
    public double? TdsOutPpm { get; init; }

    /// <summary>1 while the pump runs, 0 when it stands (a digital input reported as a number).</summary>
    [JsonPropertyName("pump_running")]
    public double? PumpRunning { get; init; }

    /// <summary>1 while the leak switch under the unit is wet, otherwise 0.</summary>
    [JsonPropertyName("leak_detected")]
    public double? LeakDetected { get; init; }
}
