using System.Collections.Concurrent;

namespace PredictMaint.Edge.Gpio.Simulation;

/// <summary>GPIO lines driven by code (tests, machines without GPIO chips); see <see cref="SimulatedGpioLine"/>.</summary>
public sealed class SimulatedGpioPinSource(TimeProvider timeProvider) : IGpioPinSource
{
    private readonly ConcurrentDictionary<int, SimulatedGpioLine> _lines = new();

    /// <summary>The line at <paramref name="offset"/>, created on first use so tests can drive it before the agent opens it.</summary>
    public SimulatedGpioLine Line(int offset) => _lines.GetOrAdd(offset, o => new SimulatedGpioLine(o, timeProvider));

    public IGpioInputLine OpenInput(int offset, string consumer) => Line(offset);

    public void Dispose()
    {
        foreach (var line in _lines.Values)
        {
            line.Dispose();
        }
    }
}
