namespace PredictMaint.Edge.Sampling;

/// <summary>
/// One numeric reading of the device, named by its telemetry field (see
/// <see cref="PredictMaint.Platform.Contracts.TelemetryChannel"/>). Drivers implement it: a
/// simulated channel today, a Modbus register or a GPIO flow meter behind the same shape.
/// </summary>
public interface ISensorChannel
{
    string FieldName { get; }

    /// <summary>Reads the current value; false when the read failed (the value is then meaningless).</summary>
    bool TryRead(out double value);
}
