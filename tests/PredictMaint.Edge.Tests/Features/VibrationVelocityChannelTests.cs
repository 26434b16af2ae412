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
    public void WithFeatureChannels_ToneWindow_EveryFeatureDescribesTheSameWindow()
    {
        var channels = new VibrationVelocityChannel(new ToneSource(10.0, 100)).WithFeatureChannels();

        var values = channels.ToDictionary(c => c.FieldName, c => c.TryRead(out var v) ? v : double.NaN);

        Assert.Equal(11.254, values["vibration_rms_mm_s"], 1e-3);
        Assert.Equal(15.915, values["vibration_peak_mm_s"], 1e-3);
        Assert.Equal(1.5, values["vibration_kurtosis"], 1e-6);
        Assert.Equal(Math.Sqrt(2), values["vibration_crest_factor"], 1e-6);
        Assert.Equal(0, values["vibration_band_10_100hz_m2_s4"], 1e-9);
        Assert.Equal(50.0, values["vibration_band_100_500hz_m2_s4"], 1e-6); // A²/2, the tone at 100 Hz
        Assert.Equal(0, values["vibration_band_500_1000hz_m2_s4"], 1e-9);
    }

    [Fact]
    public void WithFeatureChannels_SourceFails_EveryChannelFails() =>
        Assert.All(new VibrationVelocityChannel(new ToneSource(1, 100) { Fails = true }).WithFeatureChannels(), c => Assert.False(c.TryRead(out _)));

    [Fact]
    public void TryRead_SourceFails_ReturnsFalse() =>
        Assert.False(new VibrationVelocityChannel(new ToneSource(1, 100) { Fails = true }).TryRead(out _));

    [Fact]
    public void TryRead_SameCaptureAskedAgain_ComputedOnce()
    {
        var source = new ToneSource(10.0, 100);
        var channel = new VibrationVelocityChannel(source);

        Assert.True(channel.TryRead(out var first));
        Assert.True(channel.TryRead(out var again));
        source.Capture++;
        Assert.True(channel.TryRead(out _));

        Assert.Equal(first, again);
        Assert.Equal(2, channel.WindowsComputed);
        Assert.Equal(2, source.Copies);
    }

    [Fact]
    public void WithFeatureChannels_OneKilohertzCapture_OnlyBandsBelowNyquist()
    {
        var fields = new VibrationVelocityChannel(new ToneSource(1, 100) { SampleRateHz = 1000 }).WithFeatureChannels().Select(c => c.FieldName);

        Assert.Contains("vibration_band_100_500hz_m2_s4", fields);
        Assert.DoesNotContain("vibration_band_500_1000hz_m2_s4", fields);
    }

    private sealed class ToneSource(double amplitude, double frequencyHz) : IVibrationWaveformSource
    {
        public bool Fails { get; init; }

        public long Capture { get; set; }

        public int Copies { get; private set; }

        public int WindowLength => 2048;

        public double SampleRateHz { get; init; } = 2048;

        public WaveformQuantity Quantity => WaveformQuantity.Acceleration;

        public bool TryReadLatest(long knownCapture, Span<double> window, out long capture)
        {
            capture = Capture;
            if (Fails || capture == knownCapture)
            {
                return !Fails;
            }

            Copies++;
            for (var i = 0; i < window.Length; i++)
            {
                window[i] = amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / SampleRateHz);
            }

            return true;
        }
    }
}
