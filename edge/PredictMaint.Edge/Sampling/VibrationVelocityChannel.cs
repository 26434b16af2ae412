using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>
/// The <c>vibration_rms_mm_s</c> channel: reads one waveform window per sample and reduces it with
/// <see cref="VibrationFeatureExtractor"/>; the other features of the window are kept in
/// <see cref="LastFeatures"/> (not yet part of the telemetry contract).
/// </summary>
public sealed class VibrationVelocityChannel(IVibrationWaveformSource source) : ISensorChannel
{
    public const string Field = "vibration_rms_mm_s";
    private readonly double[] _window = new double[source.WindowLength];

    public string FieldName => Field;

    public VibrationFeatures? LastFeatures { get; private set; }

    public bool TryRead(out double value)
    {
        value = 0;
        if (!source.TryReadWindow(_window))
        {
            return false;
        }

        LastFeatures = VibrationFeatureExtractor.Compute(_window, source.SampleRateHz, []);
        value = LastFeatures.RmsVelocityMillimetresPerSecond;
        return true;
    }
}
