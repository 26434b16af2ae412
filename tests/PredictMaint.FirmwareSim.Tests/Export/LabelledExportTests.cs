using System.Globalization;
using PredictMaint.FirmwareSim.Export;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Tests.Export;

public sealed class LabelledExportTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pm-sim-labelled-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Of_FaultAndRepairedFailure_EpisodesUntilTheRepairOrTheRunEnd()
    {
        var truth = Truth(
            faults: [new FaultTruth { Kind = "stuck", Channel = "flow_lpm", Start = T0.AddDays(1), End = T0.AddDays(2) }],
            failures: [("filter", T0.AddDays(5)), ("pump", T0.AddDays(8))],
            maintenance: [("pump", T0.AddDays(3)), ("filter", T0.AddDays(6)), ("filter", T0.AddDays(7))]);

        var episodes = AnomalyEpisode.Of(truth, T0.AddDays(10));

        Assert.Equal(
            [new(T0.AddDays(1), T0.AddDays(2), "stuck:flow_lpm"), new(T0.AddDays(5), T0.AddDays(6), "filter:clogged"), new(T0.AddDays(8), T0.AddDays(10), "pump:clogged")],
            episodes);
    }

    [Fact]
    public void Export_Labelled_LabelsFollowTheGroundTruthEpisodes()
    {
        var options = new FleetOptions
        {
            Devices = 6, Sites = 2, Duration = TimeSpan.FromDays(20), Seed = 5, FailingFraction = 0.5,
            SensorFaultsPerDeviceYear = 60, DryRunsPerDeviceYear = 40, LeaksPerDeviceYear = 10,
        };
        var report = new FleetExporter(options).Export(_root, ExportFormat.Labelled);

        var (anomalous, changepoints) = (0, 0);
        foreach (var truth in report.Devices)
        {
            var episodes = AnomalyEpisode.Of(truth, options.End);
            var lines = File.ReadAllLines(Path.Combine(_root.FullName, truth.DeviceId + ".csv"));
            Assert.StartsWith("timestamp,inlet_pressure_kpa,", lines[0], StringComparison.Ordinal);
            Assert.EndsWith(",anomaly,changepoint", lines[0], StringComparison.Ordinal);
            Assert.Equal(1 + (20 * 24 * 6), lines.Length);
            var times = lines.Skip(1).Select(l => DateTimeOffset.Parse(l[..l.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ToList();
            var expectedChangepoints = episodes.Select(e => times.FindIndex(t => t >= e.Start)).Where((row, k) => row >= 0 && times[row] < episodes[k].End).ToHashSet();
            for (var row = 0; row < times.Count; row++)
            {
                var fields = lines[row + 1].Split(',');
                var inside = episodes.Any(e => e.Start <= times[row] && times[row] < e.End);
                Assert.Equal((inside ? "1" : "0", expectedChangepoints.Contains(row) ? "1" : "0"), (fields[^2], fields[^1]));
                (anomalous, changepoints) = (anomalous + (inside ? 1 : 0), changepoints + (fields[^1] == "1" ? 1 : 0));
            }
        }

        Assert.True(anomalous > 100, $"only {anomalous} anomalous rows: the fleet should have faults");
        Assert.True(changepoints >= report.Devices.Sum(d => d.Faults.Count) / 2, $"{changepoints} changepoints");
    }

    private static DeviceTruth Truth(IReadOnlyList<FaultTruth> faults, IReadOnlyList<(string Component, DateTimeOffset At)> failures, IReadOnlyList<(string Component, DateTimeOffset At)> maintenance) => new()
    {
        SiteId = "site-1", DeviceId = "pur-1", Model = "aqua-400", Profile = "office", FilterEndOfLifeLitres = 1000, FilteredLitresAtEnd = 10,
        Faults = faults,
        Components = [.. failures.GroupBy(f => f.Component).Select(g => new ComponentTruth
        {
            Component = g.Key, LifeUsedAtEnd = 0.1, Failures = [.. g.Select(f => new FailureTruth { At = f.At, Mode = "clogged" })],
        })],
        Maintenance = [.. maintenance.Select(m => new MaintenanceTruth { At = m.At, Component = m.Component, Action = "replaced", Residual = 0 })],
    };
}
