using PredictMaint.Edge.Features;

namespace PredictMaint.Edge.Sampling;

/// <summary>One more feature of the window <see cref="VibrationVelocityChannel"/> read last; fails when that read failed.</summary>
public sealed class VibrationFeatureChannel(VibrationVelocityChannel window, string fieldName, Func<VibrationFeatures, double> feature) : ISensorChannel
{
    public string FieldName => fieldName;

    public bool TryRead(out double value)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(feature);
        var features = window.LastFeatures;
        value = features is null ? 0 : feature(features);
        return features is not null;
    }
}
