namespace PredictMaint.Ingest.Validation;

/// <summary>Physically plausible range of one channel; a reading outside it is a sensor or firmware fault. Unset ends fall back to the built-in default.</summary>
public sealed class ChannelBounds
{
    public double? Min { get; set; }

    public double? Max { get; set; }

    /// <summary>
    /// Built-in ranges for water purifiers, wide enough for noise around zero: pressures from a
    /// full vacuum to 16 bar, flow up to 1,000 l/min, water from freezing to boiling, pump current
    /// up to 100 A, vibration up to 200 mm/s (ISO 10816 calls 45 mm/s damaging).
    /// </summary>
    public static IReadOnlyDictionary<string, (double Min, double Max)> Defaults { get; } = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["inlet_pressure_kpa"] = (-101.3, 1600),
        ["outlet_pressure_kpa"] = (-101.3, 1600),
        ["pressure_drop_kpa"] = (-200, 1600),
        ["flow_lpm"] = (-5, 1000),
        ["water_temp_c"] = (-10, 100),
        ["pump_current_a"] = (-1, 100),
        ["vibration_rms_mm_s"] = (0, 200),
    };
}
