namespace PredictMaint.FirmwareSim.Physics;

/// <summary>One injected sensor fault on one channel, active over [Start, End).</summary>
internal sealed record SensorFault(string Channel, SensorFaultKind Kind, DateTimeOffset Start, DateTimeOffset End, double Magnitude)
{
    /// <summary>The analogue channels faults are injected into (field names of the telemetry contract).</summary>
    public static IReadOnlyList<string> Channels { get; } =
        ["inlet_pressure_kpa", "pressure_drop_kpa", "flow_lpm", "water_temp_c", "pump_current_a", "vibration_rms_mm_s", "tds_in_ppm", "tds_out_ppm"];

    public const double SpikeProbability = 0.05;

    public bool IsActive(DateTimeOffset time) => time >= Start && time < End;

    /// <summary>The reading the faulty sensor reports instead of <paramref name="value"/>.</summary>
    /// <param name="stuckValue">The reading when the fault began (for <see cref="SensorFaultKind.Stuck"/>).</param>
    public double? Apply(double value, DateTimeOffset time, double? stuckValue, Random random) => Kind switch
    {
        SensorFaultKind.Stuck => stuckValue ?? value,
        SensorFaultKind.Drift => value * (1.0 + (Magnitude * (time - Start).TotalDays)),
        SensorFaultKind.Spikes => random.NextDouble() < SpikeProbability ? value * Magnitude : value,
        SensorFaultKind.Dropout => null,
        SensorFaultKind.WrongScaling => value * Magnitude,
        _ => value,
    };
}
