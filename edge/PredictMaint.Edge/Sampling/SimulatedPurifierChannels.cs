using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// Plausible readings of a running purifier for the <c>simulated</c> source (a bench without
/// sensors). The firmware simulator's Modbus server is the realistic source once it lands.
/// </summary>
public static class SimulatedPurifierChannels
{
    public static IReadOnlyList<ISensorChannel> Create(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var start = timeProvider.GetTimestamp();
        double Seconds() => timeProvider.GetElapsedTime(start).TotalSeconds;
        double Wave(double mean, double amplitude, double periodSeconds) => mean + (amplitude * Math.Sin(2 * Math.PI * Seconds() / periodSeconds));
        return
        [
            new DelegateSensorChannel(TelemetryChannel.All[0].FieldName, () => Wave(350, 5, 60)),
            new DelegateSensorChannel(TelemetryChannel.All[1].FieldName, () => Wave(320, 5, 60)),
            new DelegateSensorChannel(TelemetryChannel.All[2].FieldName, () => Wave(30, 1, 45)),
            new DelegateSensorChannel(TelemetryChannel.All[3].FieldName, () => Wave(12, 0.5, 30)),
            new DelegateSensorChannel(TelemetryChannel.All[4].FieldName, () => Wave(15, 0.2, 600)),
            new DelegateSensorChannel(TelemetryChannel.All[5].FieldName, () => Wave(2.1, 0.05, 20)),
            .. new VibrationVelocityChannel(new SimulatedVibrationSource()).WithFeatureChannels(),
        ];
    }
}
