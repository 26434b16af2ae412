using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// The <c>vibration_rms_mm_s</c> channel: reduces each new capture of the waveform source with
/// <see cref="VibrationFeatureExtractor"/> once (a 1 kHz sensor delivers a window per second, the
/// sample loop may ask ten times as often and gets the latest capture's features, as it gets a
/// Modbus register's latest value). The window's other features are published by the channels of
/// <see cref="WithFeatureChannels"/>, which read <see cref="LastFeatures"/>.
/// </summary>
public sealed class VibrationVelocityChannel(IVibrationWaveformSource source) : ISensorChannel
{
    public const string Field = "vibration_rms_mm_s";

    /// <summary>The bands of the <c>vibration_band_*_m2_s4</c> channels: shaft and imbalance, bearing defects, impacts.</summary>
    public static readonly IReadOnlyList<FrequencyBand> Bands = [new(10, 100), new(100, 500), new(500, 1000)];

    private static readonly string[] BandFields = ["vibration_band_10_100hz_m2_s4", "vibration_band_100_500hz_m2_s4", "vibration_band_500_1000hz_m2_s4"];

    private readonly double[] _window = new double[source.WindowLength];
    private long _capture = -1;
    private VibrationFeatures? _features;

    public string FieldName => Field;

    /// <summary>Features of the latest capture; null when the latest read failed.</summary>
    public VibrationFeatures? LastFeatures { get; private set; }

    /// <summary>Captures reduced so far (each window once).</summary>
    public long WindowsComputed { get; private set; }

    public bool TryRead(out double value)
    {
        value = 0;
        LastFeatures = null;
        if (!source.TryReadLatest(_capture, _window, out var capture))
        {
            return false;
        }

        if (capture != _capture || _features is null)
        {
            _features = VibrationFeatureExtractor.Compute(_window, source.SampleRateHz, Bands, source.Quantity);
            _capture = capture;
            WindowsComputed++;
        }

        LastFeatures = _features;
        value = _features.RmsVelocityMillimetresPerSecond;
        return true;
    }

    /// <summary>
    /// This channel followed by peak velocity, kurtosis, crest factor and the band mean squares of
    /// the same window (only bands that start below the source's Nyquist frequency). Read them in
    /// this order each sample (as <see cref="SampleReader"/> does): this channel reads the window,
    /// the others describe it.
    /// </summary>
    public IReadOnlyList<ISensorChannel> WithFeatureChannels() =>
    [
        this,
        new VibrationFeatureChannel(this, "vibration_peak_mm_s", f => f.PeakVelocityMillimetresPerSecond),
        new VibrationFeatureChannel(this, "vibration_kurtosis", f => f.Kurtosis),
        new VibrationFeatureChannel(this, "vibration_crest_factor", f => f.CrestFactor),
        .. Bands.Select((band, b) => (band, b)).Where(p => p.band.LowHz < source.SampleRateHz / 2)
            .Select(p => new VibrationFeatureChannel(this, BandFields[p.b], f => f.BandMeanSquares[p.b])),
    ];
}
