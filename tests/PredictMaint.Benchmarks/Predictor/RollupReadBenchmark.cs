using System.Diagnostics;
using PredictMaint.Platform.Influx;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// The InfluxDB side: a sample of the fleet's rollups written to a private InfluxDB (started
/// through <c>scripts/services/influxdb.sh</c> in a temp folder on a free port, stopped by its PID),
/// then read back as the service reads it — <see cref="DeviceCatalogReader"/> lists the devices,
/// <see cref="HourlyFeatureReader"/> fetches them <see cref="PredictorOptions.DevicesPerQuery"/>
/// at a time — over the service's default client options. Checks that what comes back is what was written.
/// </summary>
internal static class RollupReadBenchmark
{
    private const int BatchPoints = 5000;
    private const int Reads = 3;

    /// <returns>The median read time of the sample and the size of one query answer in bytes.</returns>
    public static async Task<(TimeSpan Read, long ResponseBytes)> RunAsync(
        HourlyFeatureGenerator generator, IReadOnlyList<int> sample, PredictorOptions options, Func<int, HourlyFeatures> scored)
    {
        await using var server = await InfluxServer.StartNewAsync();
        using var counter = new ResponseByteCounter();
        using var http = new HttpClient(counter) { Timeout = TimeSpan.FromMinutes(10) };
        var influx = new InfluxClient(http, new InfluxClientOptions { Url = server.Url, Database = "predictmaint" });
        await influx.CreateDatabaseAsync();
        Console.Error.WriteLine($"influxd :{server.Port}; writing {sample.Count} devices x {generator.TotalHours} hourly rollups");

        var clock = Stopwatch.StartNew();
        var written = 0L;
        // Two writes in flight: InfluxDB 1.6 takes more points per second on two connections than one.
        var batches = sample.SelectMany(d => RollupPoints.From(generator.Generate(d, generator.TotalHours), HourlyFeatureGenerator.Model)).Chunk(BatchPoints);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (batch, cancellationToken) =>
        {
            await influx.WriteAsync(batch, WritePrecision.Seconds, cancellationToken);
            Interlocked.Add(ref written, batch.Length);
        });

        Console.Error.WriteLine($"  wrote {written} points in {clock.Elapsed.TotalSeconds:0.0} s ({written / clock.Elapsed.TotalSeconds:0} points/s; not part of read_s)");

        var reader = new HourlyFeatureReader(influx, options);
        var catalog = new DeviceCatalogReader(influx);
        var times = new List<TimeSpan>();
        var read = new Dictionary<string, HourlyFeatures>();
        for (var i = 0; i < Reads; i++)
        {
            clock.Restart();
            read = await ReadAllAsync(catalog, reader, options.DevicesPerQuery);
            times.Add(clock.Elapsed);
            Console.Error.WriteLine($"  read {i + 1}: {read.Count} devices in {times[^1].TotalSeconds:0.000} s ({options.DevicesPerQuery} devices per query)");
        }

        Verify(read, sample, scored);
        // One more read, not timed, to size the answers (counting buffers the body).
        counter.Counting = true;
        await ReadAllAsync(catalog, reader, options.DevicesPerQuery);
        times.Sort();
        return (times[times.Count / 2], counter.Bytes);
    }

    // What ScoringService does each cycle, less the partition filter (one instance owns all).
    private static async Task<Dictionary<string, HourlyFeatures>> ReadAllAsync(DeviceCatalogReader catalog, HourlyFeatureReader reader, int devicesPerQuery)
    {
        var all = new Dictionary<string, HourlyFeatures>(StringComparer.Ordinal);
        foreach (var chunk in (await catalog.ReadAsync()).Chunk(devicesPerQuery))
        {
            foreach (var (key, features) in await reader.ReadAsync(chunk))
            {
                all[key] = features;
            }
        }

        return all;
    }

    // Every sampled device comes back with the hours the service scores, and a spread of them
    // (first, last, every 97th) value for value: a mismatch means the bench measured the wrong thing.
    private static void Verify(Dictionary<string, HourlyFeatures> read, IReadOnlyList<int> sample, Func<int, HourlyFeatures> scored)
    {
        if (read.Count != sample.Count)
        {
            throw new InvalidOperationException($"The reader returned {read.Count} devices; {sample.Count} were written.");
        }

        var checkedDevices = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            if (i != 0 && i != sample.Count - 1 && i % 97 != 0)
            {
                continue;
            }

            var expected = scored(sample[i]);
            var key = expected.SiteId + "/" + expected.DeviceId;
            if (!read.TryGetValue(key, out var actual))
            {
                throw new InvalidOperationException($"Device {key} was written but not read back.");
            }

            Same(key, "hours", expected.Hours, actual.Hours);
            Same(key, "vibration_rms_mm_s_mean", expected.VibrationRmsMean, actual.VibrationRmsMean);
            Same(key, "vibration_kurtosis_mean", expected.VibrationKurtosisMean, actual.VibrationKurtosisMean);
            Same(key, "pump_running_mean", expected.PumpRunningMean, actual.PumpRunningMean);
            Same(key, "pump_current_a_mean", expected.PumpCurrentMean, actual.PumpCurrentMean);
            Same(key, "flow_lpm_mean", expected.FlowMean, actual.FlowMean);
            Same(key, "pressure_drop_kpa_mean", expected.PressureDropMean, actual.PressureDropMean);
            Same(key, "inlet_pressure_kpa_mean", expected.InletPressureMean, actual.InletPressureMean);
            Same(key, "outlet_pressure_kpa_mean", expected.OutletPressureMean, actual.OutletPressureMean);
            checkedDevices++;
        }

        Console.Error.WriteLine($"  verified: {read.Count} devices read back, {checkedDevices} of them value for value equal to what was written and scored");
    }

    private static void Same<T>(string device, string field, T[] expected, T[] actual)
        where T : IEquatable<T>
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(j => !Equals(expected[j], actual[j]));
            throw new InvalidOperationException(
                $"Read-back mismatch for {device} {field}: {expected.Length} values written (in the read window), {actual.Length} read; first difference at index {at}.");
        }
    }
}
