using System.Diagnostics;
using System.Globalization;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// (a) the raw limit: the ingest-rendered line protocol posted straight to InfluxDB in the same batch
/// size on one connection (ingest's single writer); (b) end to end: the same points published over
/// MQTT (QoS 1, several samples per message) and written by a real ingest process. One run, one
/// InfluxDB, so the ratio is meaningful even on a noisy machine.
/// </summary>
internal static class IngestThroughputBenchmark
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static async Task<string> RunAsync(IngestBenchmarkSettings settings)
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var influx = await InfluxServer.StartNewAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var total = settings.TotalPoints;
        Console.Error.WriteLine($"mosquitto :{broker.Port}, influxd :{influx.Port}; {total} points, {settings.SamplesPerMessage} per message, batches of {settings.BatchPoints}, {settings.Devices} devices");

        // Raw before and after the end-to-end run, averaged: the machine's load drifts during a run.
        var rawBefore = await MeasureRawAsync(http, influx.Url, "bench_raw_1", settings);
        Console.Error.WriteLine($"raw:  {rawBefore:0} points/s");
        var (e2ePps, peakRss, lost) = await MeasureEndToEndAsync(http, broker, influx.Url, settings);
        Console.Error.WriteLine($"e2e:  {e2ePps:0} points/s, ingest peak RSS {peakRss:0} MiB, lost {lost}");
        var rawAfter = await MeasureRawAsync(http, influx.Url, "bench_raw_2", settings);
        Console.Error.WriteLine($"raw:  {rawAfter:0} points/s (again, after the end-to-end run)");
        var rawPps = (rawBefore + rawAfter) / 2;

        return string.Create(
            CultureInfo.InvariantCulture,
            $"ingest points={total} raw_pps={Math.Round(rawPps):0} e2e_pps={Math.Round(e2ePps):0} ratio={e2ePps / rawPps:0.00} peak_rss_mb={Math.Round(peakRss):0} lost={lost}");
    }

    private static async Task<double> MeasureRawAsync(HttpClient http, Uri url, string database, IngestBenchmarkSettings settings)
    {
        var influx = new InfluxClient(http, new InfluxClientOptions { Url = url, Database = database });
        await influx.CreateDatabaseAsync();
        var batches = BenchmarkData.LineBatches(settings);
        var clock = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            await influx.WriteLinesAsync(batch, WritePrecision.Nanoseconds);
        }

        var elapsed = clock.Elapsed;
        var stored = await CountAsync(influx);
        return stored != settings.TotalPoints
            ? throw new InvalidOperationException($"raw run stored {stored} of {settings.TotalPoints} points")
            : settings.TotalPoints / elapsed.TotalSeconds;
    }

    private static async Task<(double PointsPerSecond, double PeakRssMegabytes, long Lost)> MeasureEndToEndAsync(
        HttpClient http, MosquittoServer broker, Uri url, IngestBenchmarkSettings settings)
    {
        await using var ingest = await IngestRunner.StartAsync(Configuration,
        [
            $"--Mqtt:Port={broker.Port}", "--Mqtt:ClientId=bench-ingest", $"--Influx:Url={url}", "--Influx:Database=bench_e2e",
            $"--Ingest:BatchMaxPoints={settings.BatchPoints}", "--Ingest:BatchMaxAge=00:00:00.200", "--Logging:LogLevel:Default=Warning",
            "--Ingest:Validation:MaxSampleAge=3650.00:00:00",
        ]);
        var payloads = Enumerable.Range(0, settings.Devices)
            .Select(d => Enumerable.Range(1, settings.MessagesPerDevice).Select(s => BenchmarkData.Payload(BenchmarkData.Message(d, s, settings.SamplesPerMessage))).ToArray())
            .ToArray();

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(payloads.Select((messages, device) => PublishAsync(broker.Port, device, messages)));
        Console.Error.WriteLine($"      published in {clock.Elapsed.TotalSeconds:0.0} s");
        var deadline = Stopwatch.StartNew();
        long written;
        while ((written = await ingest.StatusAsync("points_written")) < settings.TotalPoints && deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(20);
        }

        var elapsed = clock.Elapsed;
        var stored = await CountAsync(new InfluxClient(http, new InfluxClientOptions { Url = url, Database = "bench_e2e" }));
        Console.Error.WriteLine($"      ingest wrote {written} points, InfluxDB holds {stored}");
        return (settings.TotalPoints / elapsed.TotalSeconds, ingest.PeakRssMegabytes(), settings.TotalPoints - stored);
    }

    private static async Task PublishAsync(int port, int device, byte[][] messages)
    {
        await using var client = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, port).WithClientId($"bench-device-{device}").Build());
        await client.ConnectAsync();
        var topic = Topics.For("site-1", BenchmarkData.DeviceId(device), Topics.Telemetry);
        // Up to the client's in-flight window outstanding at once; it queues the rest in order.
        await Task.WhenAll(messages.Select(m => client.PublishAsync(new MqttApplicationMessage(topic, m, MqttQualityOfService.AtLeastOnce))));
        await client.DisconnectAsync();
    }

    private static async Task<long> CountAsync(InfluxClient influx)
    {
        var series = await influx.QueryAsync("SELECT count(flow_lpm) FROM telemetry");
        return series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
    }
}
