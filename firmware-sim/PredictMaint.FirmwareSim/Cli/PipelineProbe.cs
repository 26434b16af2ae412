using System.Globalization;
using System.Text.Json;
using PredictMaint.Platform.Influx;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>Watches the pipeline from outside: samples stored in InfluxDB, ingest's rollups, predictor cycles.</summary>
internal sealed class PipelineProbe(HttpClient http, InfluxClient influx)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Waits until the devices of <paramref name="devices"/> have <paramref name="expected"/> samples
    /// stored. Other devices (e.g. edge agents publishing next to the simulated fleet) do not count,
    /// so their samples cannot end the wait early.
    /// </summary>
    public async Task WaitForSamplesAsync(long expected, IReadOnlySet<string> devices, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        long stored;
        do
        {
            stored = (await SamplesPerDeviceAsync(cancellationToken)).Where(d => devices.Contains(d.Key)).Sum(d => d.Value);
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  samples stored in InfluxDB: {stored:N0} / {expected:N0}   "));
            }
        }
        while (stored < expected && await timer.WaitForNextTickAsync(cancellationToken));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\r  samples stored in InfluxDB: {stored:N0} / {expected:N0}   "));
    }

    /// <summary>Stored telemetry samples (counted by <c>pressure_drop_kpa</c>) per device id.</summary>
    public async Task<IReadOnlyDictionary<string, long>> SamplesPerDeviceAsync(CancellationToken cancellationToken)
    {
        var series = await influx.QueryAsync("SELECT count(pressure_drop_kpa) FROM \"telemetry\" GROUP BY \"device\"", cancellationToken);
        return series
            .Where(s => s.Tags.ContainsKey("device") && s.Rows.Count > 0)
            .ToDictionary(s => s.Tags["device"], s => s.Rows[0].GetInt64("count") ?? 0, StringComparer.Ordinal);
    }

    /// <summary>
    /// Waits until ingest has rolled up everything it wrote (<c>rollup_buckets_pending</c> 0 on its
    /// <c>/status</c>): the hourly models (pumps, bearings) see an hour only once it is rolled up, and
    /// under load the rollups trail the raw samples.
    /// </summary>
    public async Task WaitForRollupsAsync(Uri ingestUrl, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        while (await RollupBucketsPendingAsync(ingestUrl, cancellationToken) > 0)
        {
            await timer.WaitForNextTickAsync(cancellationToken);
        }

        Console.Error.WriteLine("  ingest has rolled up every hour written");
    }

    private async Task<long> RollupBucketsPendingAsync(Uri ingestUrl, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(ingestUrl, "status"), cancellationToken));
        return document.RootElement.GetProperty("rollup_buckets_pending").GetInt64();
    }

    /// <summary>Waits for two more completed cycles: the second started after the data was complete.</summary>
    public async Task WaitForFreshScoringAsync(Uri predictorUrl, CancellationToken cancellationToken)
    {
        var start = await CyclesAsync(predictorUrl, cancellationToken);
        using var timer = new PeriodicTimer(PollInterval);
        while (await CyclesAsync(predictorUrl, cancellationToken) < start + 2)
        {
            await timer.WaitForNextTickAsync(cancellationToken);
        }

        Console.Error.WriteLine("  predictor has scored the complete data");
    }

    private async Task<long> CyclesAsync(Uri predictorUrl, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(predictorUrl, "status"), cancellationToken));
        return document.RootElement.GetProperty("cycles_completed").GetInt64();
    }
}
