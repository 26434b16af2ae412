namespace PredictMaint.Predictor.Scoring;

/// <summary>A device's recent telemetry, oldest first, as read from the time series store.</summary>
public sealed record DeviceWindow(
    string SiteId,
    string DeviceId,
    string Model,
    DateTimeOffset[] Times,
    double[] PressureDropKpa,
    double[] FlowLitresPerMinute,
    double[] WaterTemperatureCelsius)
{
    /// <summary>Inlet gauge, aligned with <see cref="Times"/> (NaN where missing); empty when not read.</summary>
    public double[] InletPressureKpa { get; init; } = [];

    /// <summary>Outlet gauge, aligned with <see cref="Times"/>; with the inlet a second opinion on the pressure drop.</summary>
    public double[] OutletPressureKpa { get; init; } = [];

    /// <summary>Pump motor current (A), aligned with <see cref="Times"/>; with flow and head a check on the flow meter. Empty when not read.</summary>
    public double[] PumpCurrentAmps { get; init; } = [];

    /// <summary>
    /// The samples after <paramref name="from"/> only: after a maintenance visit the component is
    /// new, and data from the old one would bend its trend. Returns this window when nothing is cut.
    /// </summary>
    public DeviceWindow After(DateTimeOffset from)
    {
        var first = Array.FindIndex(Times, t => t > from);
        return first == 0 ? this : Slice(first < 0 ? Times.Length : first, Times.Length);
    }

    /// <summary>The samples with index in [start, end).</summary>
    public DeviceWindow Slice(int start, int end) => this with
    {
        Times = Times[start..end],
        PressureDropKpa = PressureDropKpa[start..end],
        FlowLitresPerMinute = FlowLitresPerMinute[start..end],
        WaterTemperatureCelsius = WaterTemperatureCelsius[start..end],
        InletPressureKpa = InletPressureKpa.Length == 0 ? [] : InletPressureKpa[start..end],
        OutletPressureKpa = OutletPressureKpa.Length == 0 ? [] : OutletPressureKpa[start..end],
        PumpCurrentAmps = PumpCurrentAmps.Length == 0 ? [] : PumpCurrentAmps[start..end],
    };

    /// <summary>Number of samples at or before <paramref name="asOf"/> (times are sorted ascending).</summary>
    public int CountUpTo(DateTimeOffset asOf)
    {
        var index = Array.BinarySearch(Times, asOf);
        if (index < 0)
        {
            return ~index;
        }

        // Equal timestamps cannot occur (a redelivered sample overwrites its point), but be exact anyway.
        while (index + 1 < Times.Length && Times[index + 1] == asOf)
        {
            index++;
        }

        return index + 1;
    }
}
