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

        Assert.Equal(3.0, features.PeakAccelerationMetresPerSecondSquared, 1e-3);
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

    private static double[] Tone(double amplitude, double frequencyHz) =>
        [.. Enumerable.Range(0, Length).Select(i => amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / SampleRateHz))];

    private static double[] Add(params double[][] signals) =>
        [.. Enumerable.Range(0, Length).Select(i => signals.Sum(s => s[i]))];
}
