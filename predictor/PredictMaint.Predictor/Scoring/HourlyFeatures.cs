namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// A device's hourly rollups (ingest's <c>telemetry_1h</c>), oldest first: the means of the
/// channels the pump and bearing rules read. NaN where an hour has no reading.
/// </summary>
public sealed record HourlyFeatures(
    string SiteId,
    string DeviceId,
    DateTimeOffset[] Hours,
    double[] VibrationRmsMean,
    double[] VibrationKurtosisMean,
    double[] PumpRunningMean)
{
    /// <summary>Hourly mean pump current (A), aligned with <see cref="Hours"/>; empty when not read.</summary>
    public double[] PumpCurrentMean { get; init; } = [];

    /// <summary>Hourly mean flow (L/min), idle minutes included.</summary>
    public double[] FlowMean { get; init; } = [];

    /// <summary>Hourly mean filter pressure drop (kPa), part of the head the pump works against.</summary>
    public double[] PressureDropMean { get; init; } = [];

    /// <summary>Hourly mean inlet gauge (kPa); with the outlet a second opinion on the pressure drop. Empty when not read.</summary>
    public double[] InletPressureMean { get; init; } = [];

    /// <summary>Hourly mean outlet gauge (kPa).</summary>
    public double[] OutletPressureMean { get; init; } = [];

    /// <summary>The hours that started after <paramref name="from"/> (a maintenance visit): the new part's data only.</summary>
    public HourlyFeatures After(DateTimeOffset from)
    {
        var first = Array.FindIndex(Hours, h => h > from);
        if (first == 0)
        {
            return this;
        }

        var start = first < 0 ? Hours.Length : first;
        return this with
        {
            Hours = Hours[start..],
            VibrationRmsMean = VibrationRmsMean[start..],
            VibrationKurtosisMean = VibrationKurtosisMean[start..],
            PumpRunningMean = PumpRunningMean[start..],
            PumpCurrentMean = PumpCurrentMean.Length == 0 ? [] : PumpCurrentMean[start..],
            FlowMean = FlowMean.Length == 0 ? [] : FlowMean[start..],
            PressureDropMean = PressureDropMean.Length == 0 ? [] : PressureDropMean[start..],
            InletPressureMean = InletPressureMean.Length == 0 ? [] : InletPressureMean[start..],
            OutletPressureMean = OutletPressureMean.Length == 0 ? [] : OutletPressureMean[start..],
        };
    }
}
