using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Influx;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>
/// <c>pm-firmware-sim compare</c>: waits until every published sample is in InfluxDB, ingest has
/// rolled up every hour (the pump and bearing models read hourly rollups) and the predictor has
/// scored the complete data, then prints the tickets of every predicted component
/// (filter, pump, bearing) against the ground truth.
/// Devices with samples in InfluxDB but no ground truth (edge agents next to the simulated fleet)
/// are listed with their sample and ticket counts, not judged.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var truth = new Option<FileInfo>("--truth") { Description = "Ground-truth JSON written by 'run'.", DefaultValueFactory = _ => new FileInfo("ground-truth.json") };
        var influxUrl = UriOption.Create("--influx-url", "InfluxDB base URL.", "http://127.0.0.1:8086/");
        var database = new Option<string>("--influx-db") { Description = "InfluxDB database.", DefaultValueFactory = _ => "predictmaint" };
        var ingestUrl = UriOption.Create("--ingest-url", "Ingest base URL (for /status: rollups still pending).");
        var predictorUrl = UriOption.Create("--predictor-url", "Predictor base URL (for /status).");
        var ticketsUrl = UriOption.Create("--ticketing-url", "Ticketing base URL.");
        var apiKey = new Option<string?>("--api-key") { Description = "Planner API key for ticketing (default: PM_PLANNER_KEY)." };
        var timeout = new Option<TimeSpan>("--timeout") { Description = "How long to wait for the pipeline to catch up.", DefaultValueFactory = _ => TimeSpan.FromMinutes(5) };

        var command = new Command("compare", "Wait for the pipeline to drain, then print filter, pump and bearing tickets versus the ground truth.")
        {
            truth, influxUrl, database, ingestUrl, predictorUrl, ticketsUrl, apiKey, timeout,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var report = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(result.GetValue(truth)!.FullName, cancellationToken), GroundTruthJsonContext.Default.GroundTruthReport)
                ?? throw new InvalidOperationException("The ground-truth file is empty.");
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(result.GetValue(timeout));
            using var http = new HttpClient();
            var influx = new InfluxClient(http, new InfluxClientOptions { Url = result.GetValue(influxUrl)!, Database = result.GetValue(database)! });
            var pipeline = new PipelineProbe(http, influx);
            var judged = report.Devices.Select(d => d.DeviceId).ToHashSet(StringComparer.Ordinal);

            try
            {
                await pipeline.WaitForSamplesAsync(report.SamplesPublished, judged, timeoutSource.Token);
                await pipeline.WaitForRollupsAsync(result.GetValue(ingestUrl)!, timeoutSource.Token);
                await pipeline.WaitForFreshScoringAsync(result.GetValue(predictorUrl)!, timeoutSource.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Console.Error.WriteLine($"The pipeline did not catch up within {result.GetValue(timeout)}; comparing what is there. Check the service logs.");
            }

            var key = result.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("PM_PLANNER_KEY")
                ?? throw new InvalidOperationException("No planner API key: pass --api-key or set PM_PLANNER_KEY.");
            var tickets = await TicketReader.ReadAsync(http, result.GetValue(ticketsUrl)!, key, cancellationToken);
            var unjudged = (await pipeline.SamplesPerDeviceAsync(cancellationToken))
                .Where(d => !judged.Contains(d.Key))
                .Select(d => new UnjudgedDevice(d.Key, d.Value, tickets.Count(t => t.DeviceId == d.Key)))
                .OrderBy(d => d.DeviceId, StringComparer.Ordinal)
                .ToArray();
            ComparisonPrinter.Print([.. TicketComparison.PredictedComponents.Select(c => (c, TicketComparison.Compare(report, tickets, c)))], unjudged);
            return 0;
        });
        return command;
    }
}
