using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Validation;

/// <summary>Builds a <see cref="TelemetrySample"/> from readings indexed in <see cref="TelemetryChannel.All"/> order.</summary>
internal static class TelemetrySampleFactory
{
    public static TelemetrySample Create(DateTimeOffset timestamp, double?[] values) => new()
    {
        Timestamp = timestamp,
        InletPressureKpa = values[0],
        OutletPressureKpa = values[1],
        PressureDropKpa = values[2],
        FlowLitresPerMinute = values[3],
        WaterTemperatureCelsius = values[4],
        PumpCurrentAmps = values[5],
        VibrationRmsMillimetresPerSecond = values[6],
        VibrationPeakMillimetresPerSecond = values[7],
        VibrationKurtosis = values[8],
        TdsInPpm = values[9],
        TdsOutPpm = values[10],
        PumpRunning = values[11],
        LeakDetected = values[12],
        VibrationCrestFactor = values[13],
        VibrationMeanSquare10To100Hz = values[14],
        VibrationMeanSquare100To500Hz = values[15],
        VibrationMeanSquare500To1000Hz = values[16],
        FilterCloggingIndexKpa = values[17],
    };
}
