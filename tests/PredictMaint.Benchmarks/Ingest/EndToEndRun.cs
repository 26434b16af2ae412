using System.Diagnostics;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// (b) end to end: the publishers send the points over MQTT (QoS 1) to a fresh Mosquitto and
/// <c>instances</c> real ingest processes, splitting the devices as partitions, write them (batches of the
/// benchmark's size, acknowledgement after the write). Timed from the first publish until the
/// instances' <c>/status</c> report every point written.
/// </summary>
internal static class EndToEndRun
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static async Task<EndToEndResult> MeasureAsync(
        HttpClient http, InfluxServer influx, string database, int instances, byte[][][] payloads, IngestBenchmarkSettings settings)
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        var runners = new List<IngestRunner>();
        try
        {
            for (var i = 0; i < instances; i++)
            {
                runners.Add(await IngestRunner.StartAsync(Configuration,
                [
                    $"--Mqtt:Port={broker.Port}", $"--Mqtt:ClientId=bench-ingest-{i}", $"--Influx:Url={influx.Url}", $"--Influx:Database={database}",
                    $"--Ingest:BatchMaxPoints={settings.BatchPoints}", "--Ingest:BatchMaxAge=00:00:00.200", "--Logging:LogLevel:Default=Warning",
                    "--Ingest:Validation:MaxSampleAge=3650.00:00:00", $"--Ingest:Partitions={instances}", $"--Ingest:Partition={i}",
                ]));
            }

            return await RunAsync(http, influx, broker, database, runners, payloads, settings);
        }
        finally
        {
            foreach (var runner in runners)
            {
                await runner.DisposeAsync();
            }
        }
    }

    private static async Task<EndToEndResult> RunAsync(
        HttpClient http, InfluxServer influx, MosquittoServer broker, string database, List<IngestRunner> runners, byte[][][] payloads, IngestBenchmarkSettings settings)
    {
        var influxPid = ProcessCpu.FromPidFile(influx.DataDirectory, "influxd.pid");
        var brokerPid = ProcessCpu.FromPidFile(broker.DataDirectory, "mosquitto.pid");
        double CpuNow(IEnumerable<int> pids) => pids.Sum(ProcessCpu.Seconds);
        var ingestPids = runners.Select(r => r.ProcessId).ToArray();
        var (ingest0, influx0, broker0, self0) = (CpuNow(ingestPids), ProcessCpu.Seconds(influxPid), ProcessCpu.Seconds(brokerPid), ProcessCpu.Seconds(Environment.ProcessId));

        var clock = Stopwatch.StartNew();
        await BenchmarkPublisher.PublishAllAsync(broker.Port, payloads);
        var published = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"      published in {published:0.0} s");
        long written;
        (long Points, double Cpu)? half = null; // ingest's CPU from half way on: its cost once warmed up (JIT, pools)
        while ((written = await WrittenAsync(runners)) < settings.TotalPoints && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            half ??= written >= settings.TotalPoints / 2 ? (written, CpuNow(ingestPids)) : null;
            await Task.Delay(20);
        }

        var elapsed = clock.Elapsed;
        var millions = settings.TotalPoints / 1e6;
        var cpu = new CpuCosts(
            (CpuNow(ingestPids) - ingest0) / millions,
            (ProcessCpu.Seconds(influxPid) - influx0) / millions,
            (ProcessCpu.Seconds(brokerPid) - broker0) / millions,
            (ProcessCpu.Seconds(Environment.ProcessId) - self0) / millions);
        var steady = half is { } h && written > h.Points ? (CpuNow(ingestPids) - h.Cpu) / ((written - h.Points) / 1e6) : cpu.Ingest;
        var stored = await PointCount.InAsync(http, influx.Url, database);
        Console.Error.WriteLine($"      ingest wrote {written} points, InfluxDB holds {stored}; {cpu}; ingest in the second half {steady:0.00}");
        var peakRss = runners.Max(r => r.PeakRssMegabytes());
        return new EndToEndResult(settings.TotalPoints / elapsed.TotalSeconds, published, peakRss, settings.TotalPoints - stored, cpu, steady);
    }

    private static async Task<long> WrittenAsync(List<IngestRunner> runners)
    {
        long sum = 0;
        foreach (var runner in runners)
        {
            sum += Math.Max(0, await runner.StatusAsync("points_written"));
        }

        return sum;
    }
}
