namespace PredictMaint.Edge.Sampling;

/// <summary>
/// Plausible readings of a running purifier for the <c>simulated</c> source (benches and demos
/// without a sensor board): the ten scalar channels of the board and a 1 kHz vibration capture
/// reduced to seven features. The firmware simulator's Modbus server is the realistic source.
/// </summary>
public static class SimulatedPurifierChannels
{
    public static IReadOnlyList<ISensorChannel> Create(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var start = timeProvider.GetTimestamp();
        double Seconds() => timeProvider.GetElapsedTime(start).TotalSeconds;
        double Wave(double mean, double amplitude, double periodSeconds) => mean + (amplitude * Math.Sin(2 * Math.PI * Seconds() / periodSeconds));
        DelegateSensorChannel Channel(string field, Func<double> read) => new(field, () => read());
        return
        [
            Channel("inlet_pressure_kpa", () => Wave(350, 5, 60)),
            Channel("outlet_pressure_kpa", () => Wave(320, 5, 60)),
            Channel("pressure_drop_kpa", () => Wave(30, 1, 45)),
            Channel("flow_lpm", () => Wave(12, 0.5, 30)),
            Channel("water_temp_c", () => Wave(15, 0.2, 600)),
            Channel("pump_current_a", () => Wave(2.1, 0.05, 20)),
            Channel("tds_in_ppm", () => Wave(420, 10, 300)),
            Channel("tds_out_ppm", () => Wave(12, 0.5, 300)),
            Channel("pump_running", () => 1),
            Channel("leak_detected", () => 0),
            .. new VibrationVelocityChannel(new SimulatedVibrationSource(timeProvider)).WithFeatureChannels(),
        ];
    }
}
