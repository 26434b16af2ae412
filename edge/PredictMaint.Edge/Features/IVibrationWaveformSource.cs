namespace PredictMaint.Edge.Features;

/// <summary>
/// A vibration sensor that delivers captures (windows) of its raw waveform: an ADC behind SPI, a
/// Modbus board's waveform block. A capture is reduced to features once, however often the
/// sample loop asks for them.
/// </summary>
public interface IVibrationWaveformSource
{
    /// <summary>Window length in samples.</summary>
    int WindowLength { get; }

    double SampleRateHz { get; }

    WaveformQuantity Quantity { get; }

    /// <summary>
    /// The latest complete capture: its number in <paramref name="capture"/> and, only when that
    /// differs from <paramref name="knownCapture"/>, its samples in <paramref name="window"/>.
    /// False when the sensor has no current capture (its reads are failing).
    /// </summary>
    bool TryReadLatest(long knownCapture, Span<double> window, out long capture);
}
