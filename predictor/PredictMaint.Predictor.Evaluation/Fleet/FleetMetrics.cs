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
        var deviceMonths = devices.Count * duration.TotalDays / 30.0;
        var tallies = components.ToDictionary(c => c.Key, c => Tally(devices, c.Key, c.Value, horizon * 2, history, start), StringComparer.Ordinal);
        var all = new ComponentTally(
            tallies.Values.Sum(t => t.Alarms), tallies.Values.Sum(t => t.Right), tallies.Values.Sum(t => t.Failures),
            [.. tallies.Values.SelectMany(t => t.Leads)], tallies.Values.Sum(t => t.FaultTickets));
        return new FleetResult(
            devices.Count, Figures(all, deviceMonths), tallies.ToDictionary(t => t.Key, t => Figures(t.Value, deviceMonths), StringComparer.Ordinal));
    }

    private static ComponentTally Tally(
        IReadOnlyList<(IReadOnlyList<FleetAlarm> Alarms, DeviceTruth Truth)> devices, string component, IReadOnlySet<string> sensors,
        TimeSpan tolerance, TimeSpan history, DateTimeOffset start)
    {
        int alarms = 0, right = 0, failures = 0, faultTickets = 0;
        var leads = new List<double>();
        foreach (var (deviceAlarms, truth) in devices)
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

        return new ComponentTally(alarms, right, failures, leads, faultTickets);
    }

    private static FleetFigures Figures(ComponentTally tally, double deviceMonths)
    {
        var leads = tally.Leads.Order().ToList();
        return new FleetFigures(
            tally.Alarms, tally.Right, tally.Failures, leads.Count, Quantile(leads, 0.5), Quantile(leads, 0.1),
            deviceMonths == 0 ? 0 : (tally.Alarms - tally.Right) * 1000.0 / deviceMonths, tally.FaultTickets);
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

    private sealed record ComponentTally(int Alarms, int Right, int Failures, List<double> Leads, int FaultTickets);
}
