using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Predictor;
using PredictMaint.Testing.Dispatch;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing;
using PredictMaint.Ticketing.Api;

namespace PredictMaint.EndToEnd.Tests.Fixtures;

/// <summary>
/// Two separate app instances each of ingest, predictor and ticketing (in-process, own Kestrel
/// port, own MQTT client id, own configuration) around one Mosquitto, one InfluxDB and one
/// PostgreSQL, with an SMTP sink for the offer mails and a webhook sink for the dispatch events.
/// Predictor i scores partition i of 2 and reports to ticketing instance i.
/// </summary>
public sealed class ScaleOutCluster : IAsyncDisposable
{
    public const string Database = "scaleout";
    public const string PlannerKey = "scaleout-planner-key-0123456789";
    public const string AdminKey = "scaleout-admin-key-0123456789";
    public const string MonitoringKey = "scaleout-monitoring-key-0123456789";
    public static readonly string[] PredictorKeyNames = ["predictor-a", "predictor-b"];
    private const string DispatchSecret = "scaleout-dispatch-secret-0123456789";
    private const string LinkSigningKey = "scaleout-link-signing-key-0123456789abcdef";
    private static readonly string[] PredictorKeys = ["scaleout-predictor-a-key-0123456789", "scaleout-predictor-b-key-0123456789"];
    private readonly List<WebApplication> _apps = [];

    private ScaleOutCluster(MosquittoServer broker, InfluxServer influx, PostgresServer postgres, SmtpSinkServer smtp, DispatchReceiver dispatch)
    {
        Broker = broker;
        Influx = influx;
        Postgres = postgres;
        Smtp = smtp;
        Dispatch = dispatch;
    }

    public MosquittoServer Broker { get; }

    public InfluxServer Influx { get; }

    public PostgresServer Postgres { get; }

    public SmtpSinkServer Smtp { get; }

    public DispatchReceiver Dispatch { get; }

    public IReadOnlyList<Uri> Ticketing { get; private set; } = [];

    public IReadOnlyList<Uri> Ingest { get; private set; } = [];

    public IReadOnlyList<Uri> Predictors { get; private set; } = [];

    public IReadOnlyList<WebApplication> PredictorApps { get; private set; } = [];

    public static async Task<ScaleOutCluster> StartAsync(IEnumerable<string> siteIds)
    {
        var dispatch = new DispatchReceiver(DispatchSecret);
        await dispatch.StartAsync();
        var cluster = new ScaleOutCluster(
            await MosquittoServer.StartNewAsync(), await InfluxServer.StartNewAsync(), await PostgresServer.StartNewAsync(), await SmtpSinkServer.StartNewAsync(), dispatch);
        // One after the other: the first creates the schema under EF's migration lock.
        cluster.Ticketing = [await cluster.StartTicketingAsync(), await cluster.StartTicketingAsync()];
        await cluster.PutSitesAsync(siteIds);
        var ingest = new[] { cluster.BuildIngest("scaleout-ingest-a", 0), cluster.BuildIngest("scaleout-ingest-b", 1) };
        cluster.Ingest = [await cluster.StartAsync(ingest[0]), await cluster.StartAsync(ingest[1])];
        // Messages published before a member subscribed would have no subscriber and be dropped.
        foreach (var app in ingest)
        {
            var status = app.Services.GetRequiredService<IngestStatus>();
            await Eventually.WaitAsync(() => Task.FromResult(status.BrokerSubscribes), n => n >= 1, TimeSpan.FromSeconds(30), "ingest subscribed");
        }

        var predictors = new[] { cluster.BuildPredictor(0), cluster.BuildPredictor(1) };
        cluster.Predictors = [await cluster.StartAsync(predictors[0]), await cluster.StartAsync(predictors[1])];
        cluster.PredictorApps = predictors;
        return cluster;
    }

    public static HttpClient CreateClient(string key)
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Dispatch.DisposeAsync();
        await Smtp.DisposeAsync();
        await Postgres.DisposeAsync();
        await Influx.DisposeAsync();
        await Broker.DisposeAsync();
    }

    private Task<Uri> StartTicketingAsync() => StartAsync(TicketingApp.Build(
    [
        "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
        "--Ticketing:DatabaseProvider=postgres", $"--Ticketing:ConnectionString={Postgres.ConnectionString(Database)}",
        .. Key(0, PredictorKeyNames[0], PredictorKeys[0], "predictor"), .. Key(1, PredictorKeyNames[1], PredictorKeys[1], "predictor"),
        .. Key(2, "planner", PlannerKey, "planner"), .. Key(3, "admin", AdminKey, "admin"), .. Key(4, "prometheus", MonitoringKey, "monitoring"),
        // Filter tickets are approved on arrival, so each one also goes through the offer relay.
        "--Ticketing:AutoApprovalRules:0:Component=filter", "--Ticketing:AutoApprovalRules:0:ModelVersion=*",
        "--Ticketing:AutoApprovalRules:0:MinConfidence=0", "--Ticketing:AutoApprovalRules:0:MinLeadTime=00:00:00",
        $"--Ticketing:Offers:LinkSigningKey={LinkSigningKey}", $"--Ticketing:Offers:SmtpHost={SmtpSinkServer.Host}",
        $"--Ticketing:Offers:SmtpPort={Smtp.Port}", "--Ticketing:Offers:PollInterval=00:00:00.100",
        $"--Ticketing:Dispatch:WebhookUrl={Dispatch.Url}", $"--Ticketing:Dispatch:SigningSecret={DispatchSecret}",
        "--Ticketing:Dispatch:PollInterval=00:00:00.100",
    ]));

    /// <summary>One of two ingest instances splitting the devices (plain subscriptions, <c>Ingest:Partitions=2</c>).</summary>
    private WebApplication BuildIngest(string clientId, int partition) => IngestApp.Build(
    [
        "--urls=http://127.0.0.1:0", $"--Mqtt:Port={Broker.Port}", $"--Mqtt:ClientId={clientId}", $"--Influx:Url={Influx.Url}",
        $"--Influx:Database={Database}", "--Ingest:Partitions=2", $"--Ingest:Partition={partition}", "--Ingest:BatchMaxAge=00:00:00.100", "--Logging:LogLevel:Default=Warning",
        "--Ingest:Validation:MaxSampleAge=3650.00:00:00", // the fleet plays January 2026, whatever the wall clock says
        // No hourly rollups, so no bearing or pump rule: rolling up 20 simulated days took InfluxDB minutes on the
        // loaded 2-core test machine, and a late bearing ticket would race the settled-state checks.
        "--Ingest:Rollups:Enabled=false",
    ]);

    private WebApplication BuildPredictor(int partition) => PredictorApp.Build(
    [
        "--urls=http://127.0.0.1:0", $"--Influx:Url={Influx.Url}", $"--Influx:Database={Database}", "--Predictor:Interval=00:00:01",
        "--Predictor:Partitions=2", $"--Predictor:Partition={partition}",
        $"--Predictor:TicketingUrl={Ticketing[partition]}", $"--Predictor:TicketingApiKey={PredictorKeys[partition]}",
        "--Logging:LogLevel:Default=Warning",
    ]);

    private static string[] Key(int index, string name, string key, string role) =>
        [$"--Ticketing:ApiKeys:{index}:Name={name}", $"--Ticketing:ApiKeys:{index}:Key={key}", $"--Ticketing:ApiKeys:{index}:Role={role}"];

    private async Task PutSitesAsync(IEnumerable<string> siteIds)
    {
        using var admin = CreateClient(AdminKey);
        foreach (var site in siteIds)
        {
            var body = new SiteBody
            {
                CustomerId = "customer-" + site, CustomerName = "Customer of " + site, Region = "north", TimeZoneId = "UTC",
                Latitude = 52.5, Longitude = 13.4, Language = "en", Email = $"{site}@customer.invalid",
            };
            using var response = await admin.PutAsJsonAsync(new Uri(Ticketing[0], $"api/sites/{site}"), body, TicketingJsonContext.Default.SiteBody);
            response.EnsureSuccessStatusCode();
        }
    }

    private async Task<Uri> StartAsync(WebApplication app)
    {
        _apps.Add(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}
