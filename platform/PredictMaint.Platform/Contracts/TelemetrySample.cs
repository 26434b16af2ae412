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
}
