using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PredictMaint.FirmwareSim.Cli;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// <c>./pm drill --short | --devices N --days D</c>: the pipeline under a seeded storm of faults,
/// then judged on completeness (every published or acknowledged sample stored) and on tickets
/// against the ground truth. See <see cref="DrillSettings.Help"/>.
/// </summary>
internal static partial class DrillRun
{
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(90);

    public static async Task<int> RunAsync(DrillSettings settings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using var pipeline = new DrillPipeline(settings);
        Progress($"{settings.Devices} devices ({settings.Devices - settings.EdgeDevices} direct, {settings.EdgeDevices} through Modbus and edge agents), "
            + $"{settings.Days:0.#} simulated days in {settings.Minutes:0.#} min, seed {settings.Seed}, predictor evaluating every {settings.EvaluationStep.TotalHours:0} device hours; data and logs in {pipeline.Folder}");
        await pipeline.StartServersAsync();
        await pipeline.StartServicesAsync(cancellationToken);
        await pipeline.StartEdgeAsync(cancellationToken);
        Progress($"servers and services up after {started.Elapsed.TotalSeconds:0} s; starting the fleet");

        var injector = new FaultInjector(pipeline, FaultPlan.Create(TimeSpan.FromMinutes(settings.Minutes), settings.EdgeDevices, settings.Seed));
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        await pipeline.StartFleetAsync(cancellationToken);
        var fleetClock = Stopwatch.StartNew();
        var fleetStarted = pipeline.Rss.Elapsed;
        using var progressStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = ReportProgressAsync(pipeline, injector, http, fleetClock, progressStop.Token);
        await injector.RunAsync(fleetClock, cancellationToken);
        await pipeline.Fleet.WaitForExitAsync(cancellationToken);
        if (pipeline.Fleet.ExitCode != 0 || !File.Exists(pipeline.GroundTruthFile))
        {
            throw new InvalidOperationException($"the fleet simulator failed (exit code {pipeline.Fleet.ExitCode}); see {pipeline.Fleet.LogFile}");
        }

        var memoryTrend = pipeline.Rss.Trend(fleetStarted, pipeline.Rss.Elapsed);
        Progress($"fleet done after {fleetClock.Elapsed.TotalSeconds:0} s; draining the edge queues and the pipeline");
        var truth = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(pipeline.GroundTruthFile, cancellationToken), GroundTruthJsonContext.Default.GroundTruthReport)!;
        var edge = await EdgeDrain.DrainAndStopAsync(pipeline, cancellationToken);

        var influx = new InfluxClient(http, new InfluxClientOptions { Url = pipeline.Influx.Url, Database = DrillPipeline.Database });
        var perDevice = truth.SamplesPublished / truth.Devices.Count;
        var expected = truth.Devices.ToDictionary(d => d.DeviceId, _ => perDevice, StringComparer.Ordinal);
        foreach (var (device, acknowledged) in edge.AcknowledgedSamples)
        {
            expected[device] = acknowledged;
        }

        var stored = await WaitForStorageAsync(influx, expected, cancellationToken);
        await progressStop.CancelAsync();
        await progress;
        Progress("waiting for ingest's rollups and then the predictor to score the complete data");
        using (var scoring = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            scoring.CancelAfter(TimeSpan.FromMinutes(3));
            try
            {
                var probe = new PipelineProbe(http, influx);
                await probe.WaitForRollupsAsync(pipeline.IngestUrl, scoring.Token);
                await probe.WaitForFreshScoringAsync(pipeline.PredictorUrl, scoring.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Progress($"the rollups and two scoring cycles did not finish within 3 minutes; judging the tickets there are (see {pipeline.LogDirectory}/ingest.log and predictor.log)");
            }
        }

        var tickets = await TicketReader.ReadAsync(http, pipeline.TicketingUrl, pipeline.PlannerKey, cancellationToken);
        var verdict = DrillVerdict.Judge(truth, tickets, expected, stored);
        var peaks = pipeline.Rss.PeaksMegabytes();
        var errors = ErrorLogScan.Scan(pipeline.LogFiles);
        pipeline.KeepFolder = !verdict.Passed;
        DrillReport.Print(Console.Out, settings, pipeline, injector, verdict, edge, new DrillMemory(peaks, memoryTrend), errors, started.Elapsed);
        return verdict.Passed ? 0 : 1;
    }

    /// <summary>Waits until every device's expected samples are stored, or nothing new arrived for <see cref="StallLimit"/>.</summary>
    private static async Task<IReadOnlyDictionary<string, long>> WaitForStorageAsync(InfluxClient influx, IReadOnlyDictionary<string, long> expected, CancellationToken cancellationToken)
    {
        var (lastTotal, lastChange) = (-1L, Stopwatch.StartNew());
        while (true)
        {
            var query = Stopwatch.StartNew();
            var stored = await SampleCensus.StoredPerDeviceAsync(influx, cancellationToken);
            var pause = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, 2 * query.Elapsed.Ticks)); // a year of a big fleet takes a while to count
            var missing = SampleCensus.Missing(expected, stored);
            if (missing.Count == 0)
            {
                return stored;
            }

            var total = stored.Values.Sum();
            if (total != lastTotal)
            {
                (lastTotal, lastChange) = (total, Stopwatch.StartNew());
            }
            else if (lastChange.Elapsed > StallLimit)
            {
                Progress($"nothing new stored for {StallLimit.TotalSeconds:0} s with {missing.Values.Sum():N0} samples of {missing.Count} device(s) missing; judging what is there");
                return stored;
            }

            await Task.Delay(pause, cancellationToken);
        }
    }

    private static async Task ReportProgressAsync(DrillPipeline pipeline, FaultInjector injector, HttpClient http, Stopwatch clock, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var published = pipeline.Fleet.LastLineStartingWith("  sim ") is { } line && SamplesPattern().Match(line) is { Success: true } m ? m.Groups[1].Value : "0";
                var ticketCount = "?";
                try
                {
                    ticketCount = (await TicketReader.ReadAsync(http, pipeline.TicketingUrl, pipeline.PlannerKey, cancellationToken)).Count.ToString(CultureInfo.InvariantCulture);
                }
                catch (HttpRequestException)
                {
                    // Shown as '?'.
                }

                var rollupsPending = await StatusFieldAsync(http, pipeline.IngestUrl, "rollup_buckets_pending", cancellationToken);
                var cycles = await StatusFieldAsync(http, pipeline.PredictorUrl, "cycles_completed", cancellationToken);
                Progress($"{clock.Elapsed.TotalSeconds:0}s devices={pipeline.Settings.Devices} samples_published={published} faults={injector.Total} "
                    + $"(broker {injector.Injected(FaultKind.BrokerRestart)}, influx {injector.Injected(FaultKind.InfluxOutage)}, ingest {injector.Injected(FaultKind.IngestKill)}, edge {injector.Injected(FaultKind.EdgeKill)}) "
                    + $"rollups_pending={rollupsPending} predictor_cycles={cycles} tickets={ticketCount}");
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    // One number from a service's /status, or '?' while it is down (killed by the drill, restarting).
    private static async Task<string> StatusFieldAsync(HttpClient http, Uri serviceUrl, string field, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(serviceUrl, "status"), timeout.Token));
            return document.RootElement.GetProperty(field).GetRawText();
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return "?";
        }
    }

    /// <summary>A progress line on stderr (the drill runs with the invariant culture, see <c>Program.cs</c>).</summary>
    public static void Progress(string message) => Console.Error.WriteLine("[drill] " + message);

    [GeneratedRegex(@"samples\s+([\d,]+)")]
    private static partial Regex SamplesPattern();
}
