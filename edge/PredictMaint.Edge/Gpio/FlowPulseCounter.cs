namespace PredictMaint.Edge.Gpio;

/// <summary>
/// Flow meter on a GPIO line: counts rising edges (one per pulse of the meter's reed or Hall
/// sensor) and converts with the meter's pulses per litre (e.g. 450 for a YF-S201).
/// </summary>
public sealed class FlowPulseCounter(IGpioInputLine line, double pulsesPerLitre, TimeProvider timeProvider)
{
    private long _pulses;
    private long _lastPulses;
    private long _lastTimestamp = timeProvider.GetTimestamp();

    public long TotalPulses => Interlocked.Read(ref _pulses);

    public double TotalLitres => TotalPulses / pulsesPerLitre;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        await foreach (var edge in line.Edges.ReadAllAsync(cancellationToken))
        {
            if (edge.Edge == GpioEdge.Rising)
            {
                Interlocked.Increment(ref _pulses);
            }
        }
    }

    /// <summary>Mean flow since the previous call (the sampling interval), in litres per minute.</summary>
    public bool TryReadFlowLitresPerMinute(out double flow)
    {
        var now = timeProvider.GetTimestamp();
        var pulses = TotalPulses;
        var elapsed = timeProvider.GetElapsedTime(_lastTimestamp, now);
        flow = 0;
        if (elapsed <= TimeSpan.Zero)
        {
            return false;
        }

        flow = (pulses - _lastPulses) / pulsesPerLitre / elapsed.TotalMinutes;
        (_lastPulses, _lastTimestamp) = (pulses, now);
        return true;
    }
}
