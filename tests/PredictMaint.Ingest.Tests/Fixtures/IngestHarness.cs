using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Fixtures;

/// <summary>A real Mosquitto and InfluxDB for one test class, ingest hosts in-process, and the helpers the tests share.</summary>
public sealed class IngestHarness : IAsyncDisposable
{
    public const string Database = "ingest_test";

    /// <summary>Test messages are dated January 2026 (like the simulator), whatever the wall clock says.</summary>
    public const string AcceptSimulatedTime = "--Ingest:Validation:MaxSampleAge=3650.00:00:00";

    private readonly HttpClient _http = new();
    private readonly List<WebApplication> _apps = [];

    private IngestHarness(MosquittoServer broker, InfluxServer influx)
    {
        Broker = broker;
        Influx = influx;
        Query = new InfluxClient(_http, new InfluxClientOptions { Url = influx.Url, Database = Database });
    }

    public MosquittoServer Broker { get; }

    public InfluxServer Influx { get; }

    public InfluxClient Query { get; }

    public static async Task<IngestHarness> StartAsync() =>
        new(await MosquittoServer.StartNewAsync(), await InfluxServer.StartNewAsync());

    /// <summary>Starts an in-process ingest; later arguments override earlier ones.</summary>
    public async Task<WebApplication> StartIngestAsync(string clientId = "ingest-test", params string[] extra)
    {
        var app = IngestApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Mqtt:Port={Broker.Port}", $"--Mqtt:ClientId={clientId}", $"--Influx:Url={Influx.Url}",
            $"--Influx:Database={Database}", "--Ingest:BatchMaxAge=00:00:00.050", "--Ingest:RetryDelayMax=00:00:00.500",
            "--Logging:LogLevel:Default=Warning", AcceptSimulatedTime, .. extra,
        ]);
        _apps.Add(app);
        await app.StartAsync();
        // The subscribe runs in the background; a message published before it has no subscriber.
        var status = app.Services.GetRequiredService<IngestStatus>();
        await Eventually.WaitAsync(() => Task.FromResult(status.BrokerSubscribes), n => n >= 1, TimeSpan.FromSeconds(30), $"ingest {clientId} subscribed");
        return app;
    }

    public async Task<MqttClient> ConnectAsync(string clientId)
    {
        var client = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, Broker.Port).WithClientId(clientId).WithAutoReconnect(true).Build());
        await client.ConnectAsync();
        return client;
    }

    /// <summary>Subscribes to the dead-letter topic and collects what arrives.</summary>
    public async Task<(MqttClient Client, ChannelReader<DeadLetter> Letters)> WatchDeadLettersAsync()
    {
        var letters = Channel.CreateUnbounded<DeadLetter>();
        var watcher = await ConnectAsync("dead-letter-watcher");
        watcher.ApplicationMessageReceivedAsync += args =>
        {
            letters.Writer.TryWrite(JsonSerializer.Deserialize(args.ApplicationMessage.Payload.Span, ContractsJsonContext.Default.DeadLetter)!);
            return Task.CompletedTask;
        };
        await watcher.SubscribeAsync(DeadLetterPublisher.Topic, MqttQualityOfService.AtLeastOnce);
        return (watcher, letters.Reader);
    }

    public static Task PublishAsync(MqttClient client, string deviceId, long sequence, double? pumpCurrentAmps = null) =>
        client.PublishAsync(new MqttApplicationMessage(Topics.For("site-1", deviceId, Topics.Telemetry), Message(deviceId, sequence, pumpCurrentAmps), MqttQualityOfService.AtLeastOnce));

    /// <summary>Three samples ten minutes apart, dated from 5 January 2026 plus <paramref name="sequence"/> hours.</summary>
    public static byte[] Message(string deviceId, long sequence, double? pumpCurrentAmps = null)
    {
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero).AddHours(sequence);
        var message = new TelemetryMessage
        {
            SchemaVersion = 1,
            SiteId = "site-1",
            DeviceId = deviceId,
            Model = "aqua-400",
            Sequence = sequence,
            Samples = Enumerable.Range(0, 3).Select(i => new TelemetrySample
            {
                Timestamp = start.AddMinutes(10 * i), PressureDropKpa = 30 + i, FlowLitresPerMinute = 4, PumpCurrentAmps = pumpCurrentAmps,
            }).ToArray(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);
    }

    public async Task<long> CountAsync(string deviceId)
    {
        try
        {
            var series = await Query.QueryAsync(
                string.Create(CultureInfo.InvariantCulture, $"SELECT count(pressure_drop_kpa) FROM telemetry WHERE device = {InfluxQl.QuoteString(deviceId)}"));
            return series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
        }
        catch (InfluxException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        _http.Dispose();
        await Influx.DisposeAsync();
        await Broker.DisposeAsync();
    }
}
