namespace PredictMaint.Edge.Gpio;

/// <summary>
/// Where input lines come from: <see cref="Libgpiod.LibgpiodPinSource"/> on a Pi,
/// <see cref="Simulation.SimulatedGpioPinSource"/> in tests and on machines without GPIO chips.
/// </summary>
public interface IGpioPinSource : IDisposable
{
    /// <summary>Requests line <paramref name="offset"/> as an input with edge events for both edges.</summary>
    IGpioInputLine OpenInput(int offset, string consumer);
}
