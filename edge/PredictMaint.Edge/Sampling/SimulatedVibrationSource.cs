using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// A pump running at 3000 rpm for the <c>simulated</c> source, captured like the firmware
/// simulator's board: a velocity waveform at 1 kHz, one 1000-sample capture per second of
/// <see cref="TimeProvider"/> time. A 50 Hz tone of 2.5 mm/s amplitude (1.77 mm/s RMS,
/// 0.785 m/s² acceleration amplitude) plus a little broadband noise.
/// </summary>
public sealed class SimulatedVibrationSource(TimeProvider timeProvider) : IVibrationWaveformSource
{
    public const double ToneHz = 50;
    public const double ToneAmplitudeMillimetresPerSecond = 2.5;

    private readonly Random _random = new(7);
    private readonly long _start = timeProvider.GetTimestamp();

    public int WindowLength => 1000;

    public double SampleRateHz => 1000;

    public WaveformQuantity Quantity => WaveformQuantity.Velocity;

    public bool TryReadLatest(long knownCapture, Span<double> window, out long capture)
    {
        capture = (long)(timeProvider.GetElapsedTime(_start).TotalSeconds * SampleRateHz / WindowLength);
        if (capture == knownCapture)
        {
            return true;
        }

        var first = capture * WindowLength;
        for (var i = 0; i < window.Length; i++)
        {
            var t = (first + i) / SampleRateHz;
            window[i] = (ToneAmplitudeMillimetresPerSecond * Math.Sin(2 * Math.PI * ToneHz * t)) + (0.05 * (_random.NextDouble() - 0.5));
        }

        return true;
    }
}
