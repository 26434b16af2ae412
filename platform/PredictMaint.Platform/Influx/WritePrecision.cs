namespace PredictMaint.Platform.Influx;

/// <summary>The unit of the timestamps in a write; coarser precision compresses better on the server.</summary>
public enum WritePrecision
{
    Nanoseconds,
    Microseconds,
    Milliseconds,
    Seconds,
}
