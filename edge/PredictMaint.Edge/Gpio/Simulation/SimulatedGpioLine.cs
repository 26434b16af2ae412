using System.Threading.Channels;

namespace PredictMaint.Edge.Gpio.Simulation;

/// <summary>A simulated input line: <see cref="SetLevel"/> changes the level and raises the edge event.</summary>
public sealed class SimulatedGpioLine(int offset, TimeProvider timeProvider) : IGpioInputLine
{
    private readonly Channel<GpioEdgeEvent> _edges = Channel.CreateUnbounded<GpioEdgeEvent>(new() { SingleReader = true });
    private volatile bool _high;

    public int Offset => offset;

    public ChannelReader<GpioEdgeEvent> Edges => _edges.Reader;

    /// <summary>When true, <see cref="TryReadLevel"/> fails, like a line whose chip went away.</summary>
    public bool Faulted { get; set; }

    public void SetLevel(bool high)
    {
        if (high == _high)
        {
            return;
        }

        _high = high;
        _edges.Writer.TryWrite(new GpioEdgeEvent(high ? GpioEdge.Rising : GpioEdge.Falling, timeProvider.GetElapsedTime(0)));
    }

    /// <summary><paramref name="count"/> full low-high-low pulses.</summary>
    public void Pulse(int count)
    {
        for (var i = 0; i < count; i++)
        {
            SetLevel(true);
            SetLevel(false);
        }
    }

    public bool TryReadLevel(out bool high)
    {
        high = _high;
        return !Faulted;
    }

    public void Dispose() => _edges.Writer.TryComplete();
}
