using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// A pump running at 3000 rpm for the <c>simulated</c> source: a 50 Hz tone of 0.8 m/s² (about
/// 1.8 mm/s RMS velocity) plus a little broadband noise.
/// </summary>
public sealed class SimulatedVibrationSource : IVibrationWaveformSource
{
    private readonly Random _random = new(7);
    private long _phase;

    public int WindowLength => 1024;

    public double SampleRateHz => 2048;

    public bool TryReadWindow(Span<double> accelerationMetresPerSecondSquared)
    {
        for (var i = 0; i < accelerationMetresPerSecondSquared.Length; i++, _phase++)
        {
            accelerationMetresPerSecondSquared[i] = (0.8 * Math.Sin(2 * Math.PI * 50 * _phase / SampleRateHz)) + (0.05 * (_random.NextDouble() - 0.5));
        }

        return true;
    }
}
