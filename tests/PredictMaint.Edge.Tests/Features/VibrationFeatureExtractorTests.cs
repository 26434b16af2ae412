using MathNet.Numerics.Distributions;
using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Tests.Features;

public sealed class VibrationFeatureExtractorTests
{
    private const double SampleRateHz = 4096;
    private const int Length = 4096; // 1 Hz bins: every test tone falls on a bin

    [Fact]
    public void Compute_Sine_RmsVelocityIsAmplitudeOverOmegaRootTwo()
    {
        // a(t) = A sin(ωt) → v(t) = −A/ω cos(ωt), RMS A/(ω√2): 10 m/s² at 100 Hz is 11.254 mm/s.
        var signal = Tone(10.0, 100);

        var features = VibrationFeatureExtractor.Compute(signal, SampleRateHz, []);

        Assert.Equal(10.0 / (2 * Math.PI * 100 * Math.Sqrt(2)) * 1000, features.RmsVelocityMillimetresPerSecond, 1e-6);
        Assert.Equal(11.254, features.RmsVelocityMillimetresPerSecond, 1e-3);
    }

    [Fact]
    public void Compute_Sine_PeakVelocityIsAmplitudeOverOmega()
    {
        // v(t) = −A/ω cos(ωt): 10 m/s² at 100 Hz peaks at 15.915 mm/s; a 1500 Hz tone is outside the band.
        var features = VibrationFeatureExtractor.Compute(Add(Tone(10.0, 100), Tone(50.0, 1500)), SampleRateHz, []);

        Assert.Equal(10.0 / (2 * Math.PI * 100) * 1000, features.PeakVelocityMillimetresPerSecond, 1e-6);
    }

    [Fact]
    public void Compute_ToneOutsideVelocityBand_IsExcluded()
    {
        var signal = Add(Tone(10.0, 100), Tone(50.0, 5), Tone(50.0, 1500));

        var features = VibrationFeatureExtractor.Compute(signal, SampleRateHz, []);

        Assert.Equal(11.254, features.RmsVelocityMillimetresPerSecond, 1e-3);
    }

    [Fact]
    public void Compute_Sine_PeakCrestAndKurtosisMatchAnalytic()
    {
        var features = VibrationFeatureExtractor.Compute(Tone(3.0, 64), SampleRateHz, []);

        Assert.Equal(3.0, features.WaveformPeak, 1e-3);
        Assert.Equal(Math.Sqrt(2), features.CrestFactor, 1e-3);
        Assert.Equal(1.5, features.Kurtosis, 1e-6);
    }

    [Fact]
    public void Compute_GaussianNoise_KurtosisNearThree()
    {
        var normal = new Normal(0, 2, new Random(17));
        var signal = new double[65_536];
        normal.Samples(signal);

        var features = VibrationFeatureExtractor.Compute(signal, SampleRateHz, []);

        Assert.InRange(features.Kurtosis, 2.9, 3.1);
    }

    [Fact]
    public void Compute_TwoTones_EachBandHoldsItsTonesMeanSquare()
    {
        var signal = Add(Tone(4.0, 200), Tone(1.0, 1200));
        FrequencyBand[] bands = [new(100, 300), new(1000, 1500), new(1500, 2048)];

        var features = VibrationFeatureExtractor.Compute(signal, SampleRateHz, bands);

        Assert.Equal(4.0 * 4.0 / 2, features.BandMeanSquares[0], 1e-9);
        Assert.Equal(1.0 * 1.0 / 2, features.BandMeanSquares[1], 1e-9);
        Assert.Equal(0, features.BandMeanSquares[2], 1e-9);
    }

    [Fact]
    public void Compute_VelocityCapture_RmsPeakAndAccelerationBandsMatchAnalytic()
    {
        // A 1 kHz velocity capture (the board's format): v = 2.5 mm/s sin(2π·50t) + 1 mm/s sin(2π·200t).
        // RMS √((2.5² + 1²)/2) mm/s; acceleration amplitude ω·v, so band mean squares (ωv)²/2 in m²/s⁴.
        double[] capture = [.. Enumerable.Range(0, 1000).Select(i => (2.5 * Math.Sin(2 * Math.PI * 50 * i / 1000.0)) + Math.Sin(2 * Math.PI * 200 * i / 1000.0))];
        FrequencyBand[] bands = [new(10, 100), new(100, 500)];

        var features = VibrationFeatureExtractor.Compute(capture, 1000, bands, WaveformQuantity.Velocity);

        Assert.Equal(Math.Sqrt(((2.5 * 2.5) + 1) / 2), features.RmsVelocityMillimetresPerSecond, 1e-9);
        Assert.InRange(features.PeakVelocityMillimetresPerSecond, 3.0, 3.5);
        Assert.Equal(Math.Pow(2 * Math.PI * 50 * 2.5e-3, 2) / 2, features.BandMeanSquares[0], 1e-9);
        Assert.Equal(Math.Pow(2 * Math.PI * 200 * 1e-3, 2) / 2, features.BandMeanSquares[1], 1e-9);
    }

    [Fact]
    public void Compute_VelocitySine_CrestAndKurtosisOfTheCapture()
    {
        double[] capture = [.. Enumerable.Range(0, 1000).Select(i => 4.0 * Math.Sin(2 * Math.PI * 48 * i / 1000.0))];

        var features = VibrationFeatureExtractor.Compute(capture, 1000, [], WaveformQuantity.Velocity);

        Assert.Equal(4.0, features.WaveformPeak, 1e-2);
        Assert.Equal(Math.Sqrt(2), features.CrestFactor, 1e-2);
        Assert.Equal(1.5, features.Kurtosis, 1e-6);
        Assert.Equal(4.0, features.PeakVelocityMillimetresPerSecond, 1e-2);
    }

    private static double[] Tone(double amplitude, double frequencyHz) =>
        [.. Enumerable.Range(0, Length).Select(i => amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / SampleRateHz))];

    private static double[] Add(params double[][] signals) =>
        [.. Enumerable.Range(0, Length).Select(i => signals.Sum(s => s[i]))];
}
