using PredictMaint.Edge.Features;
using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Tests.Features;

public sealed class VibrationVelocityChannelTests
{
    [Fact]
    public void TryRead_ToneWindow_ReportsRmsVelocity()
    {
        var channel = new VibrationVelocityChannel(new ToneSource(10.0, 100));

        Assert.True(channel.TryRead(out var velocity));
        Assert.Equal(11.254, velocity, 1e-3);
        Assert.Equal(Math.Sqrt(2), channel.LastFeatures!.CrestFactor, 1e-3);
    }

    [Fact]
    public void TryRead_SourceFails_ReturnsFalse() =>
        Assert.False(new VibrationVelocityChannel(new ToneSource(1, 100) { Fails = true }).TryRead(out _));

    private sealed class ToneSource(double amplitude, double frequencyHz) : IVibrationWaveformSource
    {
        public bool Fails { get; init; }

        public int WindowLength => 2048;

        public double SampleRateHz => 2048;

        public bool TryReadWindow(Span<double> acceleration)
        {
            for (var i = 0; i < acceleration.Length; i++)
            {
                acceleration[i] = amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / SampleRateHz);
            }

            return !Fails;
        }
    }
}
