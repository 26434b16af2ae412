using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// The <c>vibration_rms_mm_s</c> channel: reads one waveform window per sample and reduces it with
/// <see cref="VibrationFeatureExtractor"/>. The window's other features are published by the
/// channels of <see cref="WithFeatureChannels"/>, which read <see cref="LastFeatures"/>.
/// </summary>
public sealed class VibrationVelocityChannel(IVibrationWaveformSource source) : ISensorChannel
{
    public const string Field = "vibration_rms_mm_s";

    /// <summary>The bands of the <c>vibration_band_*_m2_s4</c> channels: shaft and imbalance, bearing defects, impacts.</summary>
    public static readonly IReadOnlyList<FrequencyBand> Bands = [new(10, 100), new(100, 500), new(500, 1000)];

    private readonly double[] _window = new double[source.WindowLength];

    public string FieldName => Field;

    /// <summary>Features of the latest window; null when the latest read failed.</summary>
    public VibrationFeatures? LastFeatures { get; private set; }

    public bool TryRead(out double value)
    {
        value = 0;
        LastFeatures = null;
        if (!source.TryReadWindow(_window))
        {
            return false;
        }

        LastFeatures = VibrationFeatureExtractor.Compute(_window, source.SampleRateHz, Bands);
        value = LastFeatures.RmsVelocityMillimetresPerSecond;
        return true;
    }

    /// <summary>
    /// This channel followed by peak velocity, kurtosis, crest factor and the band mean squares of
    /// the same window. Read them in this order each sample (as <see cref="SampleReader"/> does):
    /// this channel reads the window, the others describe it.
    /// </summary>
    public IReadOnlyList<ISensorChannel> WithFeatureChannels() =>
    [
        this,
        new VibrationFeatureChannel(this, "vibration_peak_mm_s", f => f.PeakVelocityMillimetresPerSecond),
        new VibrationFeatureChannel(this, "vibration_kurtosis", f => f.Kurtosis),
        new VibrationFeatureChannel(this, "vibration_crest_factor", f => f.CrestFactor),
        new VibrationFeatureChannel(this, "vibration_band_10_100hz_m2_s4", f => f.BandMeanSquares[0]),
        new VibrationFeatureChannel(this, "vibration_band_100_500hz_m2_s4", f => f.BandMeanSquares[1]),
        new VibrationFeatureChannel(this, "vibration_band_500_1000hz_m2_s4", f => f.BandMeanSquares[2]),
    ];
}
