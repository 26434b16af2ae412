namespace PredictMaint.Edge.Features;

/// <summary>Features of one vibration window.</summary>
/// <param name="RmsVelocityMillimetresPerSecond">RMS vibration velocity over 10–1000 Hz (the ISO 10816/20816 severity measure), capped at the window's Nyquist frequency.</param>
/// <param name="PeakVelocityMillimetresPerSecond">Largest magnitude of the band-limited velocity waveform.</param>
/// <param name="WaveformPeak">Largest absolute deviation of the measured waveform from its mean, in its unit (m/s² or mm/s).</param>
/// <param name="CrestFactor">Peak over RMS of the measured waveform: √2 for a pure tone, rising with impacts (bearing defects).</param>
/// <param name="Kurtosis">Fourth standardised moment of the measured waveform (not excess): 1.5 for a sine, 3 for Gaussian noise, higher for impacts.</param>
/// <param name="BandMeanSquares">Mean-square acceleration (m²/s⁴) in each requested band, in request order.</param>
public sealed record VibrationFeatures(
    double RmsVelocityMillimetresPerSecond,
    double PeakVelocityMillimetresPerSecond,
    double WaveformPeak,
    double CrestFactor,
    double Kurtosis,
    IReadOnlyList<double> BandMeanSquares);
