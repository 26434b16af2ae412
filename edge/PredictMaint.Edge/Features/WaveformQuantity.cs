namespace PredictMaint.Edge.Features;

/// <summary>What a vibration waveform measures: an accelerometer's raw signal or a board's velocity capture.</summary>
public enum WaveformQuantity
{
    /// <summary>Acceleration in m/s² (an accelerometer behind an ADC).</summary>
    Acceleration,

    /// <summary>Velocity in mm/s (a sensor board that integrates on its own, e.g. the firmware simulator's capture).</summary>
    Velocity,
}
