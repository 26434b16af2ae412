namespace PredictMaint.Edge.Sampling;

/// <summary>A channel whose reading comes from a function (simulated sources, tests); null means the read failed.</summary>
public sealed class DelegateSensorChannel(string fieldName, Func<double?> read) : ISensorChannel
{
    public string FieldName => fieldName;

    public bool TryRead(out double value)
    {
        var reading = read();
        value = reading ?? 0;
        return reading.HasValue;
    }
}
