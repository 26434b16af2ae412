using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Ingest.Rollups;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Predictor.Maintenance;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing;

namespace PredictMaint.Predictor.Tests.Scoring.Fixtures;

/// <summary>
/// Real Mosquitto and InfluxDB, with in-process ingest and ticketing on Kestrel, for testing the
/// predictor on data that took the production path (MQTT → ingest → InfluxDB).
/// </summary>
public sealed class ScoringPipeline : IAsyncDisposable
{
    public const string Database = "scoring";
    private const string PredictorKey = "scoring-predictor-key-0123456789";
    private const string PlannerKey = "scoring-planner-key-0123456789";
    private readonly List<WebApplication> _apps = [];
    private readonly string _ticketDatabase = Path.Combine(Path.GetTempPath(), $"pm-scoring-{Guid.NewGuid():N}.db");
    private readonly HttpClient _http = new();

    private ScoringPipeline(MosquittoServer broker, InfluxServer influx)
    {
        Broker = broker;
        Influx = influx;
    }

    public MosquittoServer Broker { get; }

    public InfluxServer Influx { get; }

    public Uri Ticketing { get; private set; } = null!;

    /// <summary>The in-process ingest (its rollup worker, its status).</summary>
    public WebApplication Ingest { get; private set; } = null!;

    /// <param name="ingestArguments">Override ingest's defaults, e.g. its rollup timing.</param>
    public static async Task<ScoringPipeline> StartAsync(params string[] ingestArguments)
    {
        var pipeline = new ScoringPipeline(await MosquittoServer.StartNewAsync(), await InfluxServer.StartNewAsync());
        pipeline.Ticketing = await pipeline.StartAppAsync(TicketingApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Ticketing:DatabasePath={pipeline._ticketDatabase}", "--Logging:LogLevel:Default=Warning",
            "--Ticketing:ApiKeys:0:Name=predictor", "--Ticketing:ApiKeys:0:Role=predictor", $"--Ticketing:ApiKeys:0:Key={PredictorKey}",
            "--Ticketing:ApiKeys:1:Name=planner", "--Ticketing:ApiKeys:1:Role=planner", $"--Ticketing:ApiKeys:1:Key={PlannerKey}",
        ]));
        var ingest = IngestApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Mqtt:Port={pipeline.Broker.Port}", "--Mqtt:ClientId=scoring-ingest", $"--Influx:Url={pipeline.Influx.Url}",
            $"--Influx:Database={Database}", "--Ingest:BatchMaxAge=00:00:00.050", "--Logging:LogLevel:Default=Warning",
            "--Ingest:Validation:MaxSampleAge=3650.00:00:00", // test data is dated 2026, whatever the wall clock says
            "--Ingest:Rollups:MinimumAge=00:00:00", .. ingestArguments,
        ]);
        pipeline.Ingest = ingest;
        await pipeline.StartAppAsync(ingest);
        var status = ingest.Services.GetRequiredService<IngestStatus>();
        await Eventually.WaitAsync(() => Task.FromResult(status.BrokerSubscribes), n => n >= 1, TimeSpan.FromSeconds(30), "ingest subscribed");
        return pipeline;
    }

    /// <summary>Starts a predictor instance; <paramref name="extra"/> overrides the defaults.</summary>
    public async Task<WebApplication> StartPredictorAsync(string clientId, params string[] extra)
    {
        var app = PredictorApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Influx:Url={Influx.Url}", $"--Influx:Database={Database}", "--Predictor:Interval=00:00:00.200",
            $"--Predictor:TicketingUrl={Ticketing}", $"--Predictor:TicketingApiKey={PredictorKey}", "--Logging:LogLevel:Default=Warning",
            $"--Mqtt:Port={Broker.Port}", $"--Mqtt:ClientId={clientId}", .. extra,
        ]);
        await StartAppAsync(app);
        var listener = app.Services.GetRequiredService<MaintenanceEventListener>();
        await Eventually.WaitAsync(() => Task.FromResult(listener.IsSubscribed), s => s, TimeSpan.FromSeconds(30), $"{clientId} subscribed to events");
        return app;
    }

    public async Task<MqttClient> ConnectAsync(string clientId)
    {
        var client = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, Broker.Port).WithClientId(clientId).Build());
        await client.ConnectAsync();
        return client;
    }

    /// <summary>Waits until InfluxDB holds <paramref name="expected"/> pressure samples in total.</summary>
    public Task WaitForSamplesAsync(long expected) => WaitForCountAsync("SELECT count(pressure_drop_kpa) FROM telemetry", expected);

    /// <summary>Waits until ingest has rolled up <paramref name="hours"/> hours of vibration for the device.</summary>
    public Task WaitForHourlyRollupsAsync(string deviceId, long hours) =>
        WaitForCountAsync($"SELECT count(vibration_rms_mm_s_mean) FROM telemetry_1h WHERE device = {Platform.Influx.InfluxQl.QuoteString(deviceId)}", hours);

    /// <summary>
    /// Rolls up now what ingest has written: waits until it acknowledged <paramref name="messages"/>
    /// telemetry messages (it marks their buckets before acknowledging), then runs one rollup pass
    /// over everything pending. For tests that start ingest with a long <c>Ingest:Rollups:MinimumAge</c>.
    /// </summary>
    public async Task RollUpAsync(long messages)
    {
        var status = Ingest.Services.GetRequiredService<IngestStatus>();
        await Eventually.WaitAsync(() => Task.FromResult(status.MessagesAcknowledged), n => n >= messages, TimeSpan.FromMinutes(2), $"{messages} messages acknowledged by ingest");
        await Ingest.Services.GetRequiredService<RollupWorker>().RunPassAsync(TimeSpan.Zero, CancellationToken.None);
    }

    private async Task WaitForCountAsync(string query, long expected)
    {
        var influx = new Platform.Influx.InfluxClient(_http, new Platform.Influx.InfluxClientOptions { Url = Influx.Url, Database = Database });
        await Eventually.WaitAsync(
            async () =>
            {
                try
                {
                    var series = await influx.QueryAsync(query);
                    return series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
                }
                catch (Platform.Influx.InfluxException)
                {
                    return 0; // the database is created by ingest's first write
                }
            },
            n => n >= expected, TimeSpan.FromMinutes(2), $"{expected} from {query}");
    }

    /// <summary>Waits for two more completed cycles: the second one started after this call.</summary>
    public static async Task WaitForFreshCyclesAsync(WebApplication predictor)
    {
        var status = predictor.Services.GetRequiredService<PredictorStatus>();
        var start = status.CyclesCompleted;
        await Eventually.WaitAsync(() => Task.FromResult(status.CyclesCompleted), n => n >= start + 2, TimeSpan.FromMinutes(1), "two fresh scoring cycles");
    }

    /// <summary>The open and closed tickets of one device, as a planner sees them.</summary>
    public async Task<IReadOnlyList<JsonElement>> TicketsAsync(string deviceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Ticketing, $"api/tickets?device={Uri.EscapeDataString(deviceId)}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PlannerKey);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
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
        File.Delete(_ticketDatabase);
    }

    private async Task<Uri> StartAppAsync(WebApplication app)
    {
        _apps.Add(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}
