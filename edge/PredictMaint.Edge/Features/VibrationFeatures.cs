namespace PredictMaint.Edge.Features;

/// <summary>Features of one vibration window (acceleration in m/s²).</summary>
/// <param name="RmsVelocityMillimetresPerSecond">RMS vibration velocity over 10–1000 Hz (the ISO 10816/20816 severity measure).</param>
/// <param name="PeakVelocityMillimetresPerSecond">Largest magnitude of the 10–1000 Hz velocity waveform.</param>
/// <param name="PeakAccelerationMetresPerSecondSquared">Largest absolute deviation from the window mean.</param>
/// <param name="CrestFactor">Peak over RMS acceleration: √2 for a pure tone, rising with impacts (bearing defects).</param>
/// <param name="Kurtosis">Fourth standardised moment (not excess): 1.5 for a sine, 3 for Gaussian noise, higher for impacts.</param>
/// <param name="BandMeanSquares">Mean-square acceleration (m²/s⁴) in each requested band, in request order.</param>
public sealed record VibrationFeatures(
    double RmsVelocityMillimetresPerSecond,
    double PeakVelocityMillimetresPerSecond,
    double PeakAccelerationMetresPerSecondSquared,
    double CrestFactor,
    double Kurtosis,
    IReadOnlyList<double> BandMeanSquares);
