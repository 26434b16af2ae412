namespace PredictMaint.FirmwareSim.Physics;

/// <summary>How a sensor misreports during a fault.</summary>
internal enum SensorFaultKind
{
    /// <summary>The reading freezes at its value when the fault began.</summary>
    Stuck,

    /// <summary>The reading drifts away proportionally: x · (1 + m · days since the fault began).</summary>
    Drift,

    /// <summary>Single readings jump to x · m with probability 5 % per sample.</summary>
    Spikes,

    /// <summary>The sensor is disconnected: the reading is null.</summary>
    Dropout,

    /// <summary>Wrong scale factor configured: x · m.</summary>
    WrongScaling,
}
