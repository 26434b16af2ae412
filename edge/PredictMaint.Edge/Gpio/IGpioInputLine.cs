using System.Threading.Channels;

namespace PredictMaint.Edge.Gpio;

/// <summary>One requested input line that reports both edges.</summary>
public interface IGpioInputLine : IDisposable
{
    int Offset { get; }

    /// <summary>Edges in the order the hardware saw them; completes when the line is disposed.</summary>
    ChannelReader<GpioEdgeEvent> Edges { get; }

    /// <summary>Reads the current level; false when the read failed.</summary>
    bool TryReadLevel(out bool high);
}
