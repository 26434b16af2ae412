namespace PredictMaint.Edge.Features;

/// <summary>State of one sensor channel; a channel that is not <see cref="Ok"/> sends no reading.</summary>
public enum SensorHealth
{
    Ok,
    Stuck,
    OutOfRange,
    Disconnected,
}
