using System.Globalization;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>The end-of-run summary line(s) for people and scripts: devices, samples, failures by component, faults.</summary>
internal static class FleetSummary
{
    public static string Format(GroundTruthReport report)
    {
        var failures = report.Devices.SelectMany(d => d.Components)
            .GroupBy(c => c.Component, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}={g.Sum(c => c.Failures.Count)}"));
        var faults = report.Devices.SelectMany(d => d.Faults).GroupBy(f => f.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}={g.Count()}")).ToArray();
        var visits = report.Devices.Sum(d => d.Maintenance.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"summary devices={report.Devices.Count} samples={report.SamplesPublished} messages={report.MessagesPublished} failures: {string.Join(' ', failures)} faults: {(faults.Length == 0 ? "none" : string.Join(' ', faults))} maintenance_visits={visits}");
    }
}
