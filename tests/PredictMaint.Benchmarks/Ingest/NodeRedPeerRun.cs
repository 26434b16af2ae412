using System.Diagnostics;
using System.Globalization;
using System.Text;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// The peer figure (<c>--peers</c>): Node-RED's MQTT-in → InfluxDB-out flow (<see cref="NodeRedFlow"/>),
/// deployed with <c>POST /flows</c>, fed the same payloads by the same publishers through a fresh
/// Mosquitto. Node-RED acknowledges QoS 1 on receipt, not after the write, so it is not
/// at-least-once into InfluxDB. Measured for at most <see cref="MaxMeasured"/>; never fails the benchmark.
/// </summary>
internal static class NodeRedPeerRun
{
    private static readonly TimeSpan MaxMeasured = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Stalled = TimeSpan.FromSeconds(15);

    public static async Task<PeerResult> MeasureAsync(HttpClient http, InfluxServer influx, string database, byte[][][] payloads, IngestBenchmarkSettings settings)
    {
        if (!await NodeRedInstall.EnsureAsync())
        {
            return PeerResult.Skip;
        }

        await using var broker = await MosquittoServer.StartNewAsync();
        await new InfluxClient(http, new InfluxClientOptions { Url = influx.Url, Database = database }).CreateDatabaseAsync();
        var userDirectory = Path.Combine(Path.GetTempPath(), $"pm-bench-nodered-{Guid.NewGuid():N}");
        Directory.CreateDirectory(userDirectory);
        var port = FreePort.Next();
        var settingsFile = Path.Combine(userDirectory, "settings.js");
        await File.WriteAllTextAsync(settingsFile, string.Create(CultureInfo.InvariantCulture, $$"""
            module.exports = { uiHost: "127.0.0.1", uiPort: {{port}}, flowFile: "flows.json", nodesDir: [{{Quote(NodeRedInstall.InfluxNodeDirectory)}}],
              logging: { console: { level: "warn", metrics: false, audit: false } }, editorTheme: { tours: false }, credentialSecret: false };
            """));
        using var node = StartNode(settingsFile, userDirectory);
        try
        {
            var admin = new Uri($"http://127.0.0.1:{port}/");
            if (!await DeployAsync(http, admin, node, NodeRedFlow.Build(broker.Port, influx.Port, database, Math.Max(1, settings.BatchPoints / settings.SamplesPerMessage)))
                || !await ProbeAsync(http, influx, broker, database))
            {
                return PeerResult.Skip;
            }

            return await RunAsync(http, influx, broker, database, node, payloads, settings);
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill();
                await node.WaitForExitAsync();
            }

            Directory.Delete(userDirectory, recursive: true);
        }
    }

    private static async Task<PeerResult> RunAsync(
        HttpClient http, InfluxServer influx, MosquittoServer broker, string database, Process node, byte[][][] payloads, IngestBenchmarkSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var publishing = BenchmarkPublisher.PublishAllAsync(broker.Port, payloads);
        long stored = 0;
        var lastProgress = TimeSpan.Zero;
        while (stored < settings.TotalPoints && clock.Elapsed < MaxMeasured && clock.Elapsed - lastProgress < Stalled)
        {
            await Task.Delay(250);
            var now = await PointCount.InAsync(http, influx.Url, database);
            if (now > stored)
            {
                (stored, lastProgress) = (now, clock.Elapsed);
            }
        }

        if (stored < settings.TotalPoints)
        {
            Console.Error.WriteLine($"peer: Node-RED stored {stored} of {settings.TotalPoints} points ({(clock.Elapsed >= MaxMeasured ? "time limit reached" : "no progress for 15 s")})");
        }

        await publishing.WaitAsync(TimeSpan.FromMinutes(1));
        var peakRss = PeakRssMegabytes(node.Id);
        Console.Error.WriteLine(FormattableString.Invariant($"peer: Node-RED {stored / lastProgress.TotalSeconds:0} points/s, peak RSS {peakRss:0} MiB, lost {settings.TotalPoints - stored}"));
        return new PeerResult(false, stored / lastProgress.TotalSeconds, settings.TotalPoints - stored, peakRss);
    }

    private static Process StartNode(string settingsFile, string userDirectory)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--max-old-space-size=2048", NodeRedInstall.RedScript, "--settings", settingsFile, "--userDir", userDirectory])
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { Console.Error.WriteLine("  node-red: " + line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { Console.Error.WriteLine("  node-red: " + line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> DeployAsync(HttpClient http, Uri admin, Process node, string flow)
    {
        var clock = Stopwatch.StartNew();
        while (!node.HasExited && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            try
            {
                using var content = new StringContent(flow, Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(admin, "flows")) { Content = content };
                request.Headers.Add("Node-RED-Deployment-Type", "full");
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }

                Console.Error.WriteLine($"peer: POST /flows answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                return false;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250); // not listening yet
            }
        }

        Console.Error.WriteLine("peer skipped: Node-RED did not start within 90 s");
        return false;
    }

    /// <summary>Publishes a tiny message until its point arrives: proves the flow is subscribed and writing before the clock starts.</summary>
    private static async Task<bool> ProbeAsync(HttpClient http, InfluxServer influx, MosquittoServer broker, string database)
    {
        await using var client = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, broker.Port).WithClientId("bench-probe").Build());
        await client.ConnectAsync();
        var probe = """{"v":1,"site":"probe","device":"probe","model":"probe","seq":0,"samples":[{"ts":"2026-01-01T00:00:00Z","water_temp_c":1}]}"""u8.ToArray();
        var influxClient = new InfluxClient(http, new InfluxClientOptions { Url = influx.Url, Database = database });
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await client.PublishAsync(new MqttApplicationMessage(Topics.For("probe", "probe", Topics.Telemetry), probe, MqttQualityOfService.AtLeastOnce));
            await Task.Delay(1000);
            var series = await influxClient.QueryAsync("SELECT count(water_temp_c) FROM telemetry WHERE device = 'probe'");
            if (series.Count > 0)
            {
                return true;
            }
        }

        Console.Error.WriteLine("peer skipped: the deployed Node-RED flow wrote nothing within 60 s");
        return false;
    }

    private static double PeakRssMegabytes(int pid) => ProcessMemory.Read(pid).PeakMegabytes;

    private static string Quote(string path) => "\"" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
