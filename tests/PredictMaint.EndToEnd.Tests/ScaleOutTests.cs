using System.Net.Http.Json;
using PredictMaint.EndToEnd.Tests.Fixtures;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Api;
using Xunit.Abstractions;

namespace PredictMaint.EndToEnd.Tests;

/// <summary>
/// Scale-out on real servers: two instances each of ingest, predictor and ticketing share one
/// broker, one InfluxDB and one PostgreSQL. The work must be split (device partitions for ingest and
/// predictor, row claims for ticketing) with nothing lost and nothing done twice, judged against the
/// simulator's ground truth and the services' own /metrics.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly FleetOptions Fleet = new() { Devices = 24, Sites = 4, Duration = TimeSpan.FromDays(20), FailingFraction = 0.25, Seed = 2026 };
    private readonly HttpClient _http = new();
    private ScaleOutCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await ScaleOutCluster.StartAsync(FleetPlan.Create(Fleet).Select(d => d.SiteId).Distinct());

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task Fleet_TwoInstancesOfEveryService_WorkSplitNothingLostNothingTwice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var runner = new FleetRunner(Fleet, id => new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, _cluster.Broker.Port).WithClientId(id), TimeProvider.System);
        var truth = await runner.RunAsync(cancellationToken: timeout.Token);
        output.WriteLine($"{clock.Elapsed}: fleet published {truth.MessagesPublished} messages, {truth.SamplesPublished} samples");
        var influx = new InfluxClient(_http, new InfluxClientOptions { Url = _cluster.Influx.Url, Database = ScaleOutCluster.Database });
        await Eventually.WaitAsync(() => CountAsync(influx, "telemetry", "pressure_drop_kpa"), n => n >= truth.SamplesPublished, Patience, "every sample in InfluxDB");
        output.WriteLine($"{clock.Elapsed}: every sample stored");
        await Task.WhenAll(_cluster.Predictors.Select(WaitForFreshCyclesAsync));
        output.WriteLine($"{clock.Elapsed}: both predictors scored the complete data");
        // Settled: every offer sent (which queues the Offered event) and then every event delivered.
        await Eventually.WaitAsync(
            () => MetricsScrape.ReadAsync(_http, _cluster.Ticketing[0], ScaleOutCluster.MonitoringKey),
            m => m.Value("pm_ticketing_customer_messages{status=\"pending\"}") == 0 && m.Value("pm_ticketing_outbox_pending") == 0,
            Patience,
            "the offer and outbox relays to finish");
        output.WriteLine($"{clock.Elapsed}: relays settled");

        await AssertIngestSplitAsync(influx, truth);
        await AssertPredictorsPartitionedAsync();
        var tickets = await AssertOneTicketPerFailingFilterAsync(truth);
        await AssertTicketsFromTheOwningPredictorAsync(tickets);
        await AssertRelaysDeliveredOnceAsync(tickets);
    }

    /// <summary>Both ingest partitions took their devices' messages and skipped the others'; together every one, and every sample is stored once per device.</summary>
    private async Task AssertIngestSplitAsync(InfluxClient influx, GroundTruthReport truth)
    {
        var scrapes = await Task.WhenAll(_cluster.Ingest.Select(u => MetricsScrape.ReadAsync(_http, u)));
        var received = scrapes.Select(s => s.Value("pm_ingest_messages_received_total")).ToArray();
        output.WriteLine($"ingest messages received per instance: {string.Join(", ", received)} of {truth.MessagesPublished}");
        Assert.All(received, r => Assert.True(r > 0, "an ingest instance received nothing"));
        Assert.Equal(truth.MessagesPublished, received.Sum());
        // Each instance sees every message and skips what the other one owns.
        Assert.Equal(
            Enumerable.Reverse(received),
            scrapes.Select(s => s.Value("pm_ingest_messages_other_partition_total")));
        Assert.Equal(truth.MessagesPublished, scrapes.Sum(s => s.Value("pm_ingest_messages_acknowledged_total")));
        Assert.All(scrapes, s => Assert.Equal(0, s.Value("pm_ingest_dead_letters_total")));

        var perDevice = truth.SamplesPublished / truth.Devices.Count;
        var messagesPerDevice = truth.MessagesPublished / truth.Devices.Count;
        var samples = await PerDeviceAsync(influx, "SELECT count(pressure_drop_kpa) FROM telemetry GROUP BY device");
        var sequences = await PerDeviceAsync(influx, "SELECT count(distinct(seq)) FROM telemetry GROUP BY device");
        Assert.Equal(truth.Devices.Select(d => d.DeviceId).Order(StringComparer.Ordinal), samples.Keys.Order(StringComparer.Ordinal));
        Assert.All(samples, s => Assert.Equal(perDevice, s.Value));
        Assert.All(sequences, s => Assert.Equal(messagesPerDevice, s.Value));
    }

    /// <summary>Each predictor owned exactly its partition's devices, and together the whole fleet.</summary>
    private async Task AssertPredictorsPartitionedAsync()
    {
        var scrapes = await Task.WhenAll(_cluster.Predictors.Select(u => MetricsScrape.ReadAsync(_http, u)));
        var devices = FleetPlan.Create(Fleet);
        for (var partition = 0; partition < scrapes.Length; partition++)
        {
            var expected = devices.Count(d => DevicePartition.Of(d.SiteId, d.DeviceId, 2) == partition);
            output.WriteLine($"predictor {partition}: owns {scrapes[partition].Value("pm_predictor_devices_owned")}, "
                + $"devices scored {scrapes[partition].Value("pm_predictor_devices_scored_total")}, "
                + $"predictions {scrapes[partition].Value("pm_predictor_predictions_sent_total{kind=\"new\"}")} new");
            Assert.Equal(1, scrapes[partition].Value($"pm_predictor_partition_info{{partition=\"{partition}\",partitions=\"2\"}}"));
            Assert.InRange(expected, 1, devices.Count - 1);
            Assert.Equal(expected, scrapes[partition].Value("pm_predictor_devices_owned"));
            Assert.True(scrapes[partition].Value("pm_predictor_devices_scored_total") >= expected);
            Assert.Equal(0, scrapes[partition].Value("pm_predictor_cycle_failures_total"));
            Assert.Equal(0, scrapes[partition].Value("pm_predictor_ticketing_errors_total"));
        }
    }

    /// <summary>Exactly the filters that reached end of life have a ticket, one each, however many instances wrote.</summary>
    private async Task<IReadOnlyList<TicketDto>> AssertOneTicketPerFailingFilterAsync(GroundTruthReport truth)
    {
        using var planner = ScaleOutCluster.CreateClient(ScaleOutCluster.PlannerKey);
        var tickets = await planner.GetFromJsonAsync(new Uri(_cluster.Ticketing[1], "api/tickets"), TicketingJsonContext.Default.IReadOnlyListTicketDto) ?? [];
        var result = TicketComparison.Compare(
            truth, tickets.Select(t => new TicketView(t.DeviceId, t.Component, t.CreatedAt, t.PredictedFailureAt)), Component.Filter);
        Assert.Equal(6, result.Failing);
        Assert.All(result.Rows, row => Assert.True(
            row.Verdict is TicketComparison.Hit or TicketComparison.Quiet, $"{row.Truth.DeviceId}: {row.Verdict} (tickets {row.Tickets.Count})"));
        Assert.Equal(result.Failing, result.Hits);
        Assert.All(tickets.GroupBy(t => (t.DeviceId, t.Component)), g => Assert.Single(g));
        return tickets;
    }

    /// <summary>
    /// Each ticket was created by the predictor that owns its device (the audit record names the
    /// key), through the ticketing instance that predictor reports to, and both instances took part.
    /// </summary>
    private async Task AssertTicketsFromTheOwningPredictorAsync(IReadOnlyList<TicketDto> tickets)
    {
        using var planner = ScaleOutCluster.CreateClient(ScaleOutCluster.PlannerKey);
        foreach (var ticket in tickets)
        {
            var history = await planner.GetFromJsonAsync(
                new Uri(_cluster.Ticketing[0], $"api/tickets/{ticket.Id}/history"), TicketingJsonContext.Default.IReadOnlyListAuditRecordDto) ?? [];
            var owner = DevicePartition.Of(ticket.SiteId, ticket.DeviceId, 2);
            Assert.Equal(ScaleOutCluster.PredictorKeyNames[owner], history.Single(r => r.Action == "Create").Actor);
            Assert.All(history.Where(r => r.Role == "predictor"), r => Assert.Equal(ScaleOutCluster.PredictorKeyNames[owner], r.Actor));
        }

        var scrapes = await Task.WhenAll(_cluster.Ticketing.Select(u => MetricsScrape.ReadAsync(_http, u, ScaleOutCluster.MonitoringKey)));
        var created = scrapes.Select(s => s.Value("pm_ticketing_ticket_changes_total{action=\"Create\"}")).ToArray();
        output.WriteLine($"tickets created per ticketing instance: {string.Join(", ", created)} of {tickets.Count}");
        Assert.All(created, c => Assert.True(c > 0, "a ticketing instance created no ticket"));
        Assert.Equal(tickets.Count, created.Sum());
        for (var instance = 0; instance < created.Length; instance++)
        {
            Assert.Equal(tickets.Count(t => DevicePartition.Of(t.SiteId, t.DeviceId, 2) == instance), created[instance]);
        }
    }

    /// <summary>Every dispatch event and every offer mail went out exactly once across the two instances' relays.</summary>
    private async Task AssertRelaysDeliveredOnceAsync(IReadOnlyList<TicketDto> tickets)
    {
        var scrapes = await Task.WhenAll(_cluster.Ticketing.Select(u => MetricsScrape.ReadAsync(_http, u, ScaleOutCluster.MonitoringKey)));
        var deliveries = _cluster.Dispatch.Deliveries;
        var delivered = scrapes.Select(s => s.Value("pm_ticketing_outbox_delivered_total")).ToArray();
        var offers = scrapes.Select(s => s.Value("pm_ticketing_customer_messages_sent_total{channel=\"email\",kind=\"Offer\"}")).ToArray();
        output.WriteLine($"events delivered per instance: {string.Join(", ", delivered)}; offers sent per instance: {string.Join(", ", offers)}");
        Assert.Equal(0, _cluster.Dispatch.BadSignatures);
        Assert.Equal(deliveries.Count, deliveries.Select(d => d.IdempotencyKey).Distinct().Count());
        Assert.Equal(deliveries.Count, delivered.Sum());
        Assert.All(scrapes, s => Assert.Equal(0, s.Value("pm_ticketing_outbox_dead_lettered")));
        foreach (var ticket in tickets)
        {
            // The ticket's events in the order of its versions, the creation first (evidence-only
            // versions send no event; SLA events count from int.MinValue and are left out).
            var sequences = deliveries.Where(d => d.TicketId == ticket.Id && d.Sequence > 0).Select(d => d.Sequence).ToArray();
            Assert.Equal(1, sequences.FirstOrDefault());
            Assert.Equal(sequences.Order(), sequences);
            Assert.Equal(sequences.Length, sequences.Distinct().Count());
        }

        var filters = tickets.Where(t => t.Component == Component.Filter).ToArray();
        var mails = _cluster.Smtp.Mails();
        Assert.Equal(filters.Length, mails.Count);
        Assert.Equal(filters.Length, offers.Sum());
        Assert.All(filters, t => Assert.Single(mails, m => m.Body.Contains(t.DeviceId, StringComparison.Ordinal)));
        using var planner = ScaleOutCluster.CreateClient(ScaleOutCluster.PlannerKey);
        var offered = await planner.GetFromJsonAsync(new Uri(_cluster.Ticketing[0], "api/tickets?state=Offered"), TicketingJsonContext.Default.IReadOnlyListTicketDto) ?? [];
        Assert.Equal(filters.Select(t => t.Id).Order(), offered.Select(t => t.Id).Order());
    }

    private async Task WaitForFreshCyclesAsync(Uri predictor)
    {
        var start = (await MetricsScrape.ReadAsync(_http, predictor)).Value("pm_predictor_cycles_total");
        await Eventually.WaitAsync(() => MetricsScrape.ReadAsync(_http, predictor), m => m.Value("pm_predictor_cycles_total") >= start + 2, Patience, "two fresh scoring cycles");
    }

    private static async Task<long> CountAsync(InfluxClient influx, string measurement, string field)
    {
        try
        {
            var series = await influx.QueryAsync($"SELECT count({InfluxQl.QuoteIdentifier(field)}) FROM {InfluxQl.QuoteIdentifier(measurement)}");
            return series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
        }
        catch (InfluxException)
        {
            return 0; // the database is created by ingest at start; the measurement by its first write
        }
    }

    private static async Task<Dictionary<string, long>> PerDeviceAsync(InfluxClient influx, string query)
    {
        var series = await influx.QueryAsync(query);
        return series.ToDictionary(s => s.Tags["device"], s => s.Rows[0].GetInt64("count") ?? 0, StringComparer.Ordinal);
    }
}
