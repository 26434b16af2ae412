using System.Globalization;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>The drill's report on stdout; its last line is the machine-readable summary.</summary>
internal static class DrillReport
{
    /// <summary>Processes that play the devices, not services: their RSS is shown but not in max_rss_mb.</summary>
    private static readonly HashSet<string> Simulators = new(["fleet-sim", "modbus-sim"], StringComparer.Ordinal);

    public static void Print(
        TextWriter output, DrillSettings settings, DrillPipeline pipeline, FaultInjector injector, DrillVerdict verdict, EdgeDrainResult edge,
        DrillMemory memory, IReadOnlyList<string> errors, TimeSpan elapsed)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"drill report: seed {settings.Seed}, {settings.Devices} devices ({settings.Devices - settings.EdgeDevices} direct, {settings.EdgeDevices} edge), {settings.Days:0.#} simulated days in {settings.Minutes:0.#} min; {elapsed.TotalSeconds:0} s in all; logs {(pipeline.KeepFolder ? "kept in " + pipeline.LogDirectory : "deleted (passed)")}"));
        output.WriteLine(string.Create(c, $"faults injected: broker_restarts={injector.Injected(FaultKind.BrokerRestart)} influx_outages={injector.Injected(FaultKind.InfluxOutage)} ingest_kills={injector.Injected(FaultKind.IngestKill)} edge_kills={injector.Injected(FaultKind.EdgeKill)}"));
        foreach (var line in injector.Journal)
        {
            output.WriteLine("  " + line);
        }

        var edgeDevices = edge.AcknowledgedSamples.Keys.ToHashSet(StringComparer.Ordinal);
        var edgeLost = verdict.Missing.Where(m => edgeDevices.Contains(m.Key)).Sum(m => m.Value);
        output.WriteLine(string.Create(c, $"samples: expected={verdict.Expected} stored={verdict.Stored} lost={verdict.Lost} (direct devices lost {verdict.Lost - edgeLost}, edge devices lost {edgeLost})"));
        output.WriteLine(string.Create(c, $"edge: samples_acknowledged={edge.AcknowledgedSamples.Values.Sum()} messages_acknowledged={edge.AcknowledgedMessages.Values.Sum()} dropped_by_overflow={edge.Dropped} queue_depth_at_stop={edge.LastQueueDepth}"));
        foreach (var (device, missing) in verdict.Missing.OrderByDescending(m => m.Value).Take(10))
        {
            output.WriteLine(string.Create(c, $"  missing: {device} {missing} samples"));
        }

        output.WriteLine(string.Create(c, $"tickets: failures={verdict.Failures} ticketed={verdict.Ticketed} missed={verdict.Failures - verdict.Ticketed} false_tickets={verdict.FalseTickets} duplicates={verdict.Duplicates} (of which {verdict.Unjudged} for a device or component outside the ground truth)"));
        output.WriteLine(string.Create(c, $"  (pumps {(settings.PumpWear ? "wear out in this run" : $"do not wear out in runs under {DrillSettings.PumpWearMinimumDays:0} days")}; membranes are not predicted: {verdict.MembraneFailures} exhausted, not judged)"));
        foreach (var (component, comparison) in verdict.Comparisons)
        {
            output.WriteLine(string.Create(c, $"  {component}: failures={comparison.Failing} hits={comparison.Hits} missed={comparison.MissedCount} false_alarms={comparison.FalseAlarms} duplicates={comparison.Duplicates} median_lead_h={comparison.MedianLeadHours?.ToString("0", c) ?? "-"}"));
            foreach (var row in comparison.Rows.Where(r => r.Verdict is not (TicketComparison.Hit or TicketComparison.Quiet)))
            {
                output.WriteLine(string.Create(c, $"    {row.Truth.DeviceId}: {row.Verdict} (end of life {row.EndOfLifeAt?.ToString("yyyy-MM-dd HH:mm", c) ?? "none"}, {row.Tickets.Count} ticket(s))"));
            }
        }

        output.WriteLine("rss_mb (high-water mark per process, across restarts): " + string.Join(' ', memory.Peaks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(c, $"{p.Key}={p.Value:0}{(Simulators.Contains(p.Key) ? "(sim)" : "")}"))));
        output.WriteLine("rss_trend_mb (median VmRSS in the fleet run's 2nd quarter -> last quarter): " + string.Join(' ', memory.Trend.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => string.Create(c, $"{t.Key}={t.Value.Early:0}->{t.Value.Late:0}({(t.Value.Late / t.Value.Early) - 1:+0%;-0%})"))));
        output.WriteLine(string.Create(c, $"errors: {errors.Count} error-level log lines"));
        foreach (var error in errors.Take(5))
        {
            output.WriteLine("  " + (error.Length > 240 ? error[..240] + "…" : error));
        }

        var maxRss = memory.Peaks.Where(p => !Simulators.Contains(p.Key)).Select(p => p.Value).DefaultIfEmpty(0).Max();
        output.WriteLine(string.Create(c, $"drill devices={settings.Devices} samples={verdict.Expected} lost={verdict.Lost} failures={verdict.Failures} ticketed={verdict.Ticketed} false_tickets={verdict.FalseTickets} max_rss_mb={maxRss:0} errors={errors.Count}"));
    }
}
