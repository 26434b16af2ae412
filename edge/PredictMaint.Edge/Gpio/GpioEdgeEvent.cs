namespace PredictMaint.Edge.Gpio;

/// <summary>
/// An edge on an input line. <see cref="Timestamp"/> is on the monotonic clock
/// (<see cref="TimeProvider.GetTimestamp"/> of the system provider; the kernel stamps libgpiod
/// events with CLOCK_MONOTONIC), so it can be compared with the sampling loop's clock.
/// </summary>
public readonly record struct GpioEdgeEvent(GpioEdge Edge, TimeSpan Timestamp)
{
    public bool IsHigh => Edge == GpioEdge.Rising;
}
