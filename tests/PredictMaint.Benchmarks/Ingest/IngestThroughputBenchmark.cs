using System.Globalization;
using PredictMaint.Ingest;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// (a) the raw limit (<see cref="RawWriteRun"/>) before and after, averaged, because the machine's
/// load drifts — posted with as many writes at once as ingest keeps in flight
/// (<see cref="IngestOptions.MaxConcurrentWrites"/>), so ingest's pipelining is not compared with a
/// one-connection baseline (the one-connection figure is reported too); (b) end to end with one ingest instance, then with two splitting the devices (<c>Ingest:Partitions=2</c>)
/// (<see cref="EndToEndRun"/>); optionally the Node-RED peer. One run, one InfluxDB, the same
/// points and batch size everywhere, so the ratio is meaningful even on a noisy machine.
/// </summary>
internal static class IngestThroughputBenchmark
{
    public static async Task<string> RunAsync(IngestBenchmarkSettings settings)
    {
        await using var influx = await InfluxServer.StartNewAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var total = settings.TotalPoints;
        var loadBefore = ProcessCpu.LoadAverage();
        Console.Error.WriteLine($"influxd :{influx.Port}; {total} points, {settings.SamplesPerMessage} per message, batches of {settings.BatchPoints}, {settings.Devices} devices; load average {loadBefore:0.0}");
        var batches = BenchmarkData.LineBatches(settings);
        var payloads = BenchmarkPublisher.Payloads(settings);

        var writers = new IngestOptions().MaxConcurrentWrites;
        var (rawBefore, rawCpuBefore) = await RawWriteRun.MeasureAsync(http, influx, "bench_raw_1", batches, settings, writers);
        Console.Error.WriteLine($"raw:  {rawBefore:0} points/s on {writers} connections (ingest's writes in flight), influxd {rawCpuBefore:0.00} CPU s per million points");
        var one = await EndToEndRun.MeasureAsync(http, influx, "bench_e2e", 1, payloads, settings);
        Console.Error.WriteLine($"e2e:  {one.PointsPerSecond:0} points/s, ingest peak RSS {one.PeakRssMegabytes:0} MiB, lost {one.Lost}");
        var mqttOnly = await MqttOnlyRun.MeasureAsync(payloads, settings);
        Console.Error.WriteLine($"MQTT leg alone (publishers -> Mosquitto -> a subscriber that stores nothing): {mqttOnly:0} points/s");
        var (rawOne, _) = await RawWriteRun.MeasureAsync(http, influx, "bench_raw_one", batches, settings, connections: 1);
        Console.Error.WriteLine($"raw on 1 connection: {rawOne:0} points/s");
        var two = await EndToEndRun.MeasureAsync(http, influx, "bench_e2e_two", 2, payloads, settings);
        Console.Error.WriteLine($"e2e, two ingest instances: {two.PointsPerSecond:0} points/s, peak RSS {two.PeakRssMegabytes:0} MiB each at most, lost {two.Lost}");
        var (rawAfter, rawCpuAfter) = await RawWriteRun.MeasureAsync(http, influx, "bench_raw_2", batches, settings, writers);
        Console.Error.WriteLine($"raw:  {rawAfter:0} points/s, influxd {rawCpuAfter:0.00} CPU s per million points (again, after the end-to-end runs)");
        var peer = settings.Peers ? await PeerAsync(http, influx, payloads, settings) : null;

        var rawPps = (rawBefore + rawAfter) / 2;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"ingest points={total} raw_pps={Math.Round(rawPps):0} e2e_pps={Math.Round(one.PointsPerSecond):0} ratio={one.PointsPerSecond / rawPps:0.00} peak_rss_mb={Math.Round(one.PeakRssMegabytes):0} lost={one.Lost}");
        line += string.Create(
            CultureInfo.InvariantCulture,
            $" two_instances_pps={Math.Round(two.PointsPerSecond):0} two_instances_lost={two.Lost} mqtt_only_pps={Math.Round(mqttOnly):0} raw_1conn_pps={Math.Round(rawOne):0} ingest_cpu_s_per_mpts={one.Cpu.Ingest:0.00} ingest_steady_cpu_s_per_mpts={one.IngestSteadyCpu:0.00} influx_cpu_s_per_mpts={one.Cpu.Influx:0.00} raw_influx_cpu_s_per_mpts={(rawCpuBefore + rawCpuAfter) / 2:0.00} broker_cpu_s_per_mpts={one.Cpu.Broker:0.00} publisher_cpu_s_per_mpts={one.Cpu.Publisher:0.00}");
        if (peer is not null)
        {
            line += peer.Skipped ? " nodered_pps=skipped" : string.Create(CultureInfo.InvariantCulture, $" nodered_pps={Math.Round(peer.PointsPerSecond):0} nodered_lost={peer.Lost}");
        }

        return line + string.Create(CultureInfo.InvariantCulture, $" load_avg={loadBefore:0.0}/{ProcessCpu.LoadAverage():0.0}");
    }

    /// <summary>The peer is a comparison, not the subject: whatever goes wrong with it is reported and skipped.</summary>
    private static async Task<PeerResult> PeerAsync(HttpClient http, InfluxServer influx, byte[][][] payloads, IngestBenchmarkSettings settings)
    {
        try
        {
            return await NodeRedPeerRun.MeasureAsync(http, influx, "bench_nodered", payloads, settings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"peer skipped: {exception.GetType().Name}: {exception.Message}");
            return PeerResult.Skip;
        }
    }
}
