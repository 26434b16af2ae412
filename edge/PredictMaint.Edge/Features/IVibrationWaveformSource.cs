namespace PredictMaint.Edge.Features;

/// <summary>A vibration sensor that delivers windows of raw acceleration (an ADC behind SPI, a Modbus accelerometer).</summary>
public interface IVibrationWaveformSource
{
    /// <summary>Window length in samples.</summary>
    int WindowLength { get; }

    double SampleRateHz { get; }

    /// <summary>Fills <paramref name="accelerationMetresPerSecondSquared"/> with the latest window; false when the read failed.</summary>
    bool TryReadWindow(Span<double> accelerationMetresPerSecondSquared);
}
