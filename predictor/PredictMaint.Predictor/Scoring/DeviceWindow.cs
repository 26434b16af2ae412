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
    /// <summary>
    /// The samples after <paramref name="from"/> only: after a maintenance visit the component is
    /// new, and data from the old one would bend its trend. Returns this window when nothing is cut.
    /// </summary>
    public DeviceWindow After(DateTimeOffset from)
    {
        var first = Array.FindIndex(Times, t => t > from);
        if (first == 0)
        {
            return this;
        }

        var start = first < 0 ? Times.Length : first;
        return this with
        {
            Times = Times[start..],
            PressureDropKpa = PressureDropKpa[start..],
            FlowLitresPerMinute = FlowLitresPerMinute[start..],
            WaterTemperatureCelsius = WaterTemperatureCelsius[start..],
        };
    }
}
