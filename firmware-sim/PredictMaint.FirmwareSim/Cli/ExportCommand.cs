using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PredictMaint.FirmwareSim.Export;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary><c>pm-firmware-sim export</c>: write a labelled data set (CSV per device + ground truth) without any server.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var devices = new Option<int>("--devices") { Description = "Number of simulated purifiers.", DefaultValueFactory = _ => 50 };
        var sites = new Option<int>("--sites") { Description = "Number of customer sites (default: one per five devices, at least one)." };
        var days = new Option<double>("--days") { Description = "Simulated duration in days.", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => 42 };
        var start = new Option<DateTimeOffset>("--start") { Description = "Simulated start time (UTC).", DefaultValueFactory = _ => new FleetOptions().Start };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder: one {device}.csv per device and ground-truth.json.", Required = true };
        var fleet = new Option<FileInfo?>("--fleet") { Description = "Fleet description file (YAML or JSON); command-line sizes override it." };
        var format = new Option<ExportFormat>("--format")
        {
            Description = "telemetry: the published samples (ts,site,device,model,seq,channels); labelled: a historian export for "
                + "'pm-eval multivariate' (timestamp, channels, 0/1 anomaly and changepoint from the ground truth).",
            DefaultValueFactory = _ => ExportFormat.Telemetry,
        };

        var command = new Command("export", "Simulate a fleet offline and write CSV telemetry per device plus ground-truth.json (no servers).")
        {
            devices, sites, days, seed, start, output, fleet, format,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var deviceCount = result.GetValue(devices);
            var options = FleetCommandOptions.Load(result.GetValue(fleet)) with
            {
                Devices = deviceCount,
                Sites = Math.Clamp(result.GetValue(sites) is > 0 and var s ? s : deviceCount / 5, 1, deviceCount),
                Duration = TimeSpan.FromDays(result.GetValue(days)),
                Seed = result.GetValue(seed),
                Start = result.GetValue(start),
            };
            var folder = result.GetValue(output)!;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exporting {options.Devices} devices over {options.Duration.TotalDays:0.#} days from {options.Start:yyyy-MM-dd} (seed {options.Seed}) to {folder.FullName}"));
            var report = new FleetExporter(options).Export(folder, result.GetValue(format), new ConsoleProgress(), cancellationToken);
            File.WriteAllBytes(Path.Combine(folder.FullName, "ground-truth.json"), JsonSerializer.SerializeToUtf8Bytes(report, GroundTruthJsonContext.Default.GroundTruthReport));
            Console.Error.WriteLine();
            Console.Error.WriteLine(FleetSummary.Format(report));
            return Task.FromResult(0);
        });
        return command;
    }
}
