using PredictMaint.Platform.Physics;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// The samples the filter trend is fitted on, and the usage history its forecast reads: the
/// pressure drop normalised to rated flow and 20 °C (Darcy: ΔP ∝ Q·μ(T)), against the litres
/// filtered since each sample. A sample enters the fit only when every reading it rests on is
/// believable on its own: working flow inside the meter's range, a live temperature, and a
/// pressure-drop gauge that agrees with inlet − outlet (a lone disagreeing sample is a spike or
/// a scaling fault on one gauge, and least squares would follow it).
/// </summary>
public sealed class FilterFitSamples
{
    /// <summary>When the trend window holds fewer working samples (an office over the weekend), the newest this many are fitted.</summary>
    public const int MinimumFitSamples = 36;

    private FilterFitSamples(double[] hours, double[] flows, double litresPerHour)
    {
        Hours = hours;
        Flows = flows;
        LitresPerHour = litresPerHour;
    }

    /// <summary>Every sample's time in hours relative to the newest (≤ 0), for the usage forecast.</summary>
    public double[] Hours { get; }

    /// <summary>Every sample's flow (L/min); implausible readings as NaN.</summary>
    public double[] Flows { get; }

    /// <summary>Mean litres per hour over the history.</summary>
    public double LitresPerHour { get; }

    public double[] LitresAgo { get; private init; } = [];

    public double[] HoursAgo { get; private init; } = [];

    public double[] NormalisedKpa { get; private init; } = [];

    public double[] MeasuredKpa { get; private init; } = [];

    /// <summary>The fit samples among the first <paramref name="count"/> of the window; null without any.</summary>
    public static FilterFitSamples? Select(DeviceWindow window, int count, PredictorOptions options)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        if (count == 0)
        {
            return null;
        }

        var newest = window.Times[count - 1];
        var rated = options.RatedFlowLitresPerMinute;
        var hours = new double[count];
        var flows = new double[count];
        var litres = new double[count];
        for (var i = 0; i < count; i++)
        {
            hours[i] = (window.Times[i] - newest).TotalHours;
            var flow = window.FlowLitresPerMinute[i];
            flows[i] = flow >= 0 && flow <= MaximumFlowShare * rated ? flow : double.NaN;
            if (i > 0)
            {
                litres[i] = litres[i - 1] + (0.5 * (Zero(flows[i]) + Zero(flows[i - 1])) * (hours[i] - hours[i - 1]) * 60);
            }
        }

        var usable = new List<int>();
        for (var i = count - 1; i >= 0; i--)
        {
            var inWindow = -hours[i] <= options.TrendWindow.TotalHours;
            if (!inWindow && (usable.Count >= MinimumFitSamples || -hours[i] > MaximumExtension * options.TrendWindow.TotalHours))
            {
                break;
            }

            if (IsUsable(window, i, flows[i], options))
            {
                usable.Add(i);
            }
        }

        usable.Reverse();
        var span = -hours[0];
        return new FilterFitSamples(hours, flows, span > 0 ? litres[^1] / span : 0)
        {
            LitresAgo = [.. usable.Select(i => litres[^1] - litres[i])],
            HoursAgo = [.. usable.Select(i => -hours[i])],
            NormalisedKpa = [.. usable.Select(i => window.PressureDropKpa[i] * (rated / flows[i]) / WaterViscosity.RelativeToReference(window.WaterTemperatureCelsius[i]))],
            MeasuredKpa = [.. usable.Select(i => window.PressureDropKpa[i])],
        };
    }

    /// <summary>The fit never reaches back further than this many trend windows.</summary>
    private const double MaximumExtension = 2;

    /// <summary>A flow meter reading above three times rated flow is out of its range.</summary>
    private const double MaximumFlowShare = 3;

    private static double Zero(double value) => double.IsFinite(value) ? value : 0;

    private static bool IsUsable(DeviceWindow window, int i, double flow, PredictorOptions options)
    {
        var drop = window.PressureDropKpa[i];
        var temperature = window.WaterTemperatureCelsius[i];
        if (!(flow >= options.MinimumFlowFraction * options.RatedFlowLitresPerMinute) || !double.IsFinite(drop)
            || !(temperature >= FilterSensorScreen.MinimumTemperatureCelsius && temperature <= FilterSensorScreen.MaximumTemperatureCelsius))
        {
            return false;
        }

        if (window.InletPressureKpa.Length == 0 || window.OutletPressureKpa.Length == 0)
        {
            return true;
        }

        var balance = window.InletPressureKpa[i] - window.OutletPressureKpa[i];
        return !double.IsFinite(balance) || FilterSensorScreen.GaugesAgree(drop, balance);
    }
}
