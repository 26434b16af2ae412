using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>
/// Judges alarms against the simulator's ground truth, per component (with the sensors its rule
/// reads), summed over components.
/// An alarm is right when a failure of that component follows within twice the horizon (an
/// early warning a planner still acts on) or the component has already failed and not yet been
/// serviced. A failure is detected when an alarm came at most twice the horizon before it; its
/// lead time is the first such alarm's distance to it. Failures in the first trend window are
/// left out (no history to predict from). A false alarm that overlapped an injected fault on
/// one of the rule's sensors counts as a ticket raised from a faulty sensor.
/// </summary>
internal static class FleetMetrics
{
    public static FleetResult Judge(
        IReadOnlyList<(IReadOnlyList<FleetAlarm> Alarms, DeviceTruth Truth)> devices, IReadOnlyDictionary<string, IReadOnlySet<string>> components,
        TimeSpan horizon, TimeSpan history, DateTimeOffset start, TimeSpan duration)
    {
        var tolerance = horizon * 2;
        int alarms = 0, right = 0, failures = 0, faultTickets = 0;
        var leads = new List<double>();
        foreach (var ((deviceAlarms, truth), (component, sensors)) in devices.SelectMany(d => components.Select(c => (d, c))))
        {
            var failed = truth.Components.FirstOrDefault(c => c.Component == component)?.Failures.Select(f => f.At).ToArray() ?? [];
            var visits = truth.Maintenance.Where(m => m.Component == component).Select(m => m.At).ToArray();
            var mine = deviceAlarms.Where(a => a.Component == component).ToArray();
            foreach (var alarm in mine)
            {
                alarms++;
                var ahead = failed.Any(f => f >= alarm.At && f - alarm.At <= tolerance);
                var alreadyDown = failed.Any(f => f < alarm.At && !visits.Any(v => v > f && v <= alarm.At));
                if (ahead || alreadyDown)
                {
                    right++;
                }
                else if (truth.Faults.Any(f => f.Channel is { } c && sensors.Contains(c) && f.Start <= alarm.At && f.End >= alarm.At - history))
                {
                    faultTickets++;
                }
            }

            foreach (var failure in failed.Where(f => f >= start + history))
            {
                failures++;
                var first = mine.Where(a => a.At <= failure && failure - a.At <= tolerance).Select(a => a.At).DefaultIfEmpty().Min();
                if (first != default)
                {
                    leads.Add((failure - first).TotalHours);
                }
            }
        }

        leads.Sort();
        var deviceMonths = devices.Count * duration.TotalDays / 30.0;
        return new FleetResult(
            devices.Count, alarms, right, failures, leads.Count, Quantile(leads, 0.5), Quantile(leads, 0.1),
            deviceMonths == 0 ? 0 : (alarms - right) * 1000.0 / deviceMonths, faultTickets);
    }

    // Linear interpolation between order statistics; NaN for no data.
    private static double Quantile(List<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var position = p * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
