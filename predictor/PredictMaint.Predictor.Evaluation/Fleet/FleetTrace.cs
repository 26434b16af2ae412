using System.Globalization;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>
/// <c>eval fleet --trace DEVICE</c>: plays the same fleet plan, scores only that device exactly as
/// <see cref="FleetEvaluation"/> does, and prints its ground truth (failures, visits, injected
/// faults), every change of a rule's verdict (prediction, clear, sensor suspect) and its tickets,
/// then the device's figures. For finding out why one device got a ticket, or none.
/// </summary>
internal static class FleetTrace
{
    /// <returns>The device's judged figures; null when the fleet has no such device.</returns>
    public static FleetResult? Run(FleetOptions fleet, PredictorOptions options, string deviceId, TextWriter output)
    {
        fleet.Validate();
        var spec = FleetPlan.Create(fleet).FirstOrDefault(s => s.DeviceId == deviceId);
        if (spec is null)
        {
            return null;
        }

        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        var (alarms, device) = FleetDeviceScoring.Run(spec, fleet, options, (component, at, verdict) =>
        {
            var state = verdict.IsSensorSuspect ? "sensor suspect" : verdict.Prediction is null ? "clear" : "prediction";
            if (shown.TryGetValue(component, out var before) ? before == state : state == "clear")
            {
                return;
            }

            shown[component] = state;
            output.WriteLine(Line($"{Time(at)} {component,-8} {state}{(verdict.Prediction is { } p ? $" (failure at {Time(p.PredictedFailureAt)}): {p.Reason}" : "")}"));
        });

        var truth = device.Truth(fleet.End);
        foreach (var component in truth.Components)
        {
            foreach (var failure in component.Failures)
            {
                output.WriteLine(Line($"truth {component.Component} failed ({failure.Mode}) at {Time(failure.At)}"));
            }
        }

        foreach (var visit in truth.Maintenance)
        {
            output.WriteLine(Line($"truth {visit.Component} {visit.Action} at {Time(visit.At)}"));
        }

        foreach (var fault in truth.Faults)
        {
            output.WriteLine(Line($"truth fault {fault.Kind} {fault.Channel ?? "(process)"} {fault.Magnitude} from {Time(fault.Start)} to {Time(fault.End)}"));
        }

        foreach (var alarm in alarms)
        {
            output.WriteLine(Line($"ticket {alarm.Component} at {Time(alarm.At)} (failure predicted at {Time(alarm.PredictedFailureAt)})"));
        }

        return FleetMetrics.Judge([(alarms, truth)], FleetEvaluation.Components, options.Horizon, options.TrendWindow, fleet.Start, fleet.Duration);
    }

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
