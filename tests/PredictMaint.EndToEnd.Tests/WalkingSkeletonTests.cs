using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.FirmwareSim.Cli;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Ingest;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Predictor;
using PredictMaint.Testing.Servers;
using PredictMaint.Ticketing;

namespace PredictMaint.EndToEnd.Tests;

/// <summary>
/// The whole path on real servers: simulated fleet → Mosquitto → ingest → InfluxDB → predictor →
/// ticketing, with a fixed seed, judged against the simulator's ground truth.
/// </summary>
public sealed class WalkingSkeletonTests : IAsyncLifetime
{
    private const string PredictorKey = "e2e-predictor-key-0123456789";
    private const string PlannerKey = "e2e-planner-key-0123456789";
    private readonly List<WebApplication> _apps = [];
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"pm-e2e-{Guid.NewGuid():N}.db");
    private MosquittoServer _broker = null!;
    private InfluxServer _influx = null!;

    public async Task InitializeAsync()
    {
        _broker = await MosquittoServer.StartNewAsync();
        _influx = await InfluxServer.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await _influx.DisposeAsync();
        await _broker.DisposeAsync();
        File.Delete(_database);
    }

    [Fact]
    public async Task Pipeline_FixedSeedFleet_TicketsExactlyTheFiltersThatReachEndOfLife()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ticketing = await StartAsync(TicketingApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Ticketing:DatabasePath={_database}", "--Logging:LogLevel:Default=Warning",
            "--Ticketing:ApiKeys:0:Name=predictor", "--Ticketing:ApiKeys:0:Role=predictor", $"--Ticketing:ApiKeys:0:Key={PredictorKey}",
            "--Ticketing:ApiKeys:1:Name=planner", "--Ticketing:ApiKeys:1:Role=planner", $"--Ticketing:ApiKeys:1:Key={PlannerKey}",
        ]));
        await StartAsync(IngestApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Mqtt:Port={_broker.Port}", "--Mqtt:ClientId=e2e-ingest", $"--Influx:Url={_influx.Url}",
            "--Influx:Database=e2e", "--Ingest:BatchMaxAge=00:00:00.100", "--Logging:LogLevel:Default=Warning",
            "--Ingest:Validation:MaxSampleAge=3650.00:00:00", // the fleet plays January 2026, whatever the wall clock says
        ]));
        var predictor = await StartAsync(PredictorApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Influx:Url={_influx.Url}", "--Influx:Database=e2e", "--Predictor:Interval=00:00:00.250",
            $"--Predictor:TicketingUrl={ticketing}", $"--Predictor:TicketingApiKey={PredictorKey}", "--Logging:LogLevel:Default=Warning",
        ]));

        var fleet = new FleetOptions { Devices = 24, Sites = 4, Duration = TimeSpan.FromDays(20), FailingFraction = 0.25, Seed = 2026 };
        var runner = new FleetRunner(fleet, id => new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, _broker.Port).WithClientId(id), TimeProvider.System);
        var truth = await runner.RunAsync(cancellationToken: timeout.Token);

        using var http = new HttpClient();
        var probe = new PipelineProbe(http, new InfluxClient(http, new InfluxClientOptions { Url = _influx.Url, Database = "e2e" }));
        await probe.WaitForSamplesAsync(truth.SamplesPublished, truth.Devices.Select(d => d.DeviceId).ToHashSet(StringComparer.Ordinal), timeout.Token);
        await probe.WaitForFreshScoringAsync(predictor, timeout.Token);
        var tickets = await TicketReader.ReadAsync(http, ticketing, PlannerKey, timeout.Token);

        var result = TicketComparison.Compare(truth, tickets, Component.Filter);
        Assert.Equal(6, result.Failing);
        Assert.All(result.Rows, row => Assert.True(
            row.Verdict is TicketComparison.Hit or TicketComparison.Quiet,
            $"{row.Truth.DeviceId}: {row.Verdict} (end of life {row.Truth.FilterEndOfLifeAt}, tickets {row.Tickets.Count})"));
        Assert.Equal(result.Failing, result.Hits);
        // Lead time is the model's quality, judged by the predictor's evaluation, not asserted here:
        // the skeleton's straight-line trend is late on fast-clogging filters.
    }

    private async Task<Uri> StartAsync(WebApplication app)
    {
        _apps.Add(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}
