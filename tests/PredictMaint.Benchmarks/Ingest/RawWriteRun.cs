using System.Diagnostics;
using PredictMaint.Platform.Influx;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// (a) the raw limit: the points rendered exactly as ingest renders them, as UTF-8 bytes sent as
/// they are (ingest's client path), posted straight to InfluxDB in batches of the benchmark's size,
/// one request after the other on each of the connections asked for, each taking the next batch.
/// </summary>
internal static class RawWriteRun
{
    /// <returns>Points per second, and influxd's CPU seconds per million points.</returns>
    /// <param name="connections">Writers posting at once: the ratio uses as many as ingest keeps writes in flight; 1 is the latency-bound figure.</param>
    public static async Task<(double PointsPerSecond, double InfluxCpuPerMillion)> MeasureAsync(
        HttpClient http, InfluxServer server, string database, IReadOnlyList<byte[]> batches, IngestBenchmarkSettings settings, int connections = 1)
    {
        var influx = new InfluxClient(http, new InfluxClientOptions { Url = server.Url, Database = database });
        await influx.CreateDatabaseAsync();
        var pid = ProcessCpu.FromPidFile(server.DataDirectory, "influxd.pid");
        var cpu = ProcessCpu.Seconds(pid);
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < batches.Count; i = Interlocked.Increment(ref next))
            {
                await influx.WriteLinesAsync(batches[i], WritePrecision.Nanoseconds);
            }
        }));

        var elapsed = clock.Elapsed;
        var influxCpu = (ProcessCpu.Seconds(pid) - cpu) / (settings.TotalPoints / 1e6);
        var stored = await PointCount.InAsync(http, server.Url, database);
        return stored != settings.TotalPoints
            ? throw new InvalidOperationException($"raw run stored {stored} of {settings.TotalPoints} points")
            : (settings.TotalPoints / elapsed.TotalSeconds, influxCpu);
    }
}
