namespace PredictMaint.Benchmarks.Predictor;

/// <summary>What the generator plays on a device over its month of hourly rollups.</summary>
internal enum DeviceCondition
{
    Healthy,

    /// <summary>A spalling motor bearing: RMS velocity rising exponentially with impacts, ISO 10816 zone D near the end of the month.</summary>
    WearingBearing,

    /// <summary>A pump losing efficiency (seals, bushings, deposits): current up for the same flow and head.</summary>
    WearingPump,
}
