namespace PredictMaint.Platform.Contracts;

/// <summary>
/// One numeric reading of <see cref="TelemetrySample"/>: its JSON/InfluxDB field name (units in
/// the name) and how to read it. <see cref="All"/> is the single list every consumer iterates, so
/// a new channel is added here and in <see cref="TelemetrySample"/> only.
/// </summary>
public sealed record TelemetryChannel(string FieldName, Func<TelemetrySample, double?> Read)
{
    public static IReadOnlyList<TelemetryChannel> All { get; } =
    [
        new("inlet_pressure_kpa", s => s.InletPressureKpa),
        new("outlet_pressure_kpa", s => s.OutletPressureKpa),
        new("pressure_drop_kpa", s => s.PressureDropKpa),
        new("flow_lpm", s => s.FlowLitresPerMinute),
        new("water_temp_c", s => s.WaterTemperatureCelsius),
        new("pump_current_a", s => s.PumpCurrentAmps),
        new("vibration_rms_mm_s", s => s.VibrationRmsMillimetresPerSecond),
        new("vibration_peak_mm_s", s => s.VibrationPeakMillimetresPerSecond),
        new("vibration_kurtosis", s => s.VibrationKurtosis),
        new("tds_in_ppm", s => s.TdsInPpm),
        new("tds_out_ppm", s => s.TdsOutPpm),
        new("pump_running", s => s.PumpRunning),
        new("leak_detected", s => s.LeakDetected),
        new("vibration_crest_factor", s => s.VibrationCrestFactor),
        new("vibration_band_10_100hz_m2_s4", s => s.VibrationMeanSquare10To100Hz),
        new("vibration_band_100_500hz_m2_s4", s => s.VibrationMeanSquare100To500Hz),
        new("vibration_band_500_1000hz_m2_s4", s => s.VibrationMeanSquare500To1000Hz),
        new("filter_clogging_index_kpa", s => s.FilterCloggingIndexKpa),
    ];
}
