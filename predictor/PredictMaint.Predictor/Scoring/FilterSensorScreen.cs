using PredictMaint.Predictor.Models.DataQuality;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Screens the sensors the filter rule depends on over its trend window, before any trend is
/// believed. A filter prediction rests on three readings; a fault in any of them can fake a
/// clogging trend, so while one is suspect the device gets a sensor-fault verdict, not a filter
/// prediction (and a prediction already sent is neither confirmed nor retracted). Pure.
/// </summary>
/// <remarks>
/// Checks: (1) analytical redundancy — the pressure-drop gauge must agree with inlet − outlet
/// (drift, wrong scaling, spikes or a frozen value on either side break the balance); (2) water
/// temperature (it corrects viscosity: missing or implausible) and flow at working samples (it
/// normalises the pressure drop: missing, implausible or stuck) through the <see cref="SensorQualityGate"/>.
/// </remarks>
public static class FilterSensorScreen
{
    /// <summary>Gauges agree within 2 kPa plus 5 % of the reading (industrial gauge class plus rounding).</summary>
    private const double ToleranceKpa = 2.0;
    private const double ToleranceShare = 0.05;

    /// <summary>
    /// More disagreeing samples than this share is a fault; a spiking sensor disagrees on a few
    /// percent of samples, a healthy pair on none.
    /// </summary>
    private const double MaximumDisagreeingShare = 0.01;

    /// <summary>
    /// Water temperature may legitimately sit still (buffered tank, coarse sensor), and a frozen
    /// reading only skews the viscosity correction a little, so it is checked for missing and
    /// implausible values only.
    /// </summary>
    private static readonly SensorLimits TemperatureLimits = new(Minimum: MinimumTemperatureCelsius, Maximum: MaximumTemperatureCelsius, StuckRunLength: int.MaxValue);

    /// <summary>Physical range of supply water temperature.</summary>
    public const double MinimumTemperatureCelsius = 0;

    /// <summary>Physical range of supply water temperature.</summary>
    public const double MaximumTemperatureCelsius = 60;

    /// <summary>
    /// Water in a supply line warms or cools by a few tenths of a degree between samples minutes apart;
    /// a larger step is a spike or a scaling change, and its viscosity correction would fake a clogging step.
    /// </summary>
    private const double MaximumTemperatureStepCelsius = 1.5;

    /// <summary>A flow meter that reports nothing for more than this share of the window is missing (the volume forecast integrates it).</summary>
    private const double MaximumMissingFlowShare = 0.05;

    /// <summary>Whether the pressure-drop gauge agrees with inlet − outlet within the gauges' tolerance.</summary>
    public static bool GaugesAgree(double dropKpa, double balanceKpa) =>
        Math.Abs(dropKpa - balanceKpa) <= ToleranceKpa + (ToleranceShare * Math.Abs(balanceKpa));

    /// <summary>True when a sensor the filter rule reads looks faulty in the trend window ending at <paramref name="asOf"/>.</summary>
    /// <param name="pumpServicedAt">The pump's last maintenance visit: a new or repaired pump changes the flow-to-power ratio, so the cross-check starts after it.</param>
    public static bool IsSuspect(DeviceWindow window, DateTimeOffset asOf, PredictorOptions options, DateTimeOffset? pumpServicedAt = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var end = window.CountUpTo(asOf);
        return IsSuspect(window, asOf, options, pumpServicedAt, end > 0 ? FilterFitSamples.Select(window, end, options) : null);
    }

    /// <summary>As above, with the samples the filter rule fits at <paramref name="asOf"/> already selected (the scorer selects them once for both).</summary>
    public static bool IsSuspect(DeviceWindow window, DateTimeOffset asOf, PredictorOptions options, DateTimeOffset? pumpServicedAt, FilterFitSamples? fit)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        var end = window.CountUpTo(asOf);
        var start = window.CountUpTo(asOf - options.TrendWindow);
        // The fit reaches further back when the trend window holds too few working samples
        // (an office at the weekend): every sample it rests on is screened.
        if (end > 0 && fit is { HoursAgo: [var oldest, ..] })
        {
            start = Math.Min(start, window.CountUpTo(window.Times[end - 1].AddHours(-oldest) - TimeSpan.FromTicks(1)));
        }

        if (end - start == 0)
        {
            return false;
        }

        var working = options.RatedFlowLitresPerMinute * options.MinimumFlowFraction;
        var flow = new List<double>(end - start);
        int compared = 0, disagreeing = 0;
        for (var i = start; i < end; i++)
        {
            if (!(window.FlowLitresPerMinute[i] >= working))
            {
                continue;
            }

            flow.Add(window.FlowLitresPerMinute[i]);
            if (window.InletPressureKpa.Length == 0 || window.OutletPressureKpa.Length == 0)
            {
                continue;
            }

            var drop = window.PressureDropKpa[i];
            var balance = window.InletPressureKpa[i] - window.OutletPressureKpa[i];
            if (double.IsFinite(drop) && double.IsFinite(balance))
            {
                compared++;
                if (!GaugesAgree(drop, balance))
                {
                    disagreeing++;
                }
            }
        }

        if (compared > 0 && disagreeing > MaximumDisagreeingShare * compared)
        {
            return true;
        }

        // The usage forecast integrates the flow over the whole history read, so the flow meter
        // is cross-checked against the pump over all of it, not only over the fitted samples.
        if (FlowCurrentConsistency.Disagree(window, pumpServicedAt is { } serviced ? window.CountUpTo(serviced) : 0, end, asOf, options)
            || TemperatureJumps(window.WaterTemperatureCelsius.AsSpan(start, end - start)) || MissingShare(window.FlowLitresPerMinute.AsSpan(start, end - start)) > MaximumMissingFlowShare)
        {
            return true;
        }

        var flowLimits = new SensorLimits(Minimum: 0, Maximum: options.RatedFlowLitresPerMinute * 3);
        return (flow.Count > 0 && (SensorQualityGate.Check(flow.ToArray(), flowLimits) != SensorFault.None || LongestRun(flow) >= flowLimits.StuckRunLength))
            || SensorQualityGate.Check(window.WaterTemperatureCelsius.AsSpan(start, end - start), TemperatureLimits) != SensorFault.None;
    }

    private static bool TemperatureJumps(ReadOnlySpan<double> readings)
    {
        var previous = double.NaN;
        foreach (var value in readings)
        {
            if (double.IsFinite(value))
            {
                if (Math.Abs(value - previous) > MaximumTemperatureStepCelsius)
                {
                    return true;
                }

                previous = value;
            }
        }

        return false;
    }

    private static double MissingShare(ReadOnlySpan<double> readings)
    {
        var missing = 0;
        foreach (var value in readings)
        {
            missing += double.IsFinite(value) ? 0 : 1;
        }

        return readings.IsEmpty ? 0 : missing / (double)readings.Length;
    }

    // The gate judges only the newest run (is the sensor frozen now?); a trend fitted over the
    // window is spoiled by a frozen stretch anywhere in it.
    private static int LongestRun(List<double> readings)
    {
        int longest = 0, run = 0;
        for (var i = 0; i < readings.Count; i++)
        {
            run = i > 0 && readings[i] == readings[i - 1] ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
