using System.Net;
using System.Net.Http.Json;
using System.Text;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Domain.Kpi;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

/// <summary>
/// Five tickets walked through the real API on a manual clock, in a region of their own, and
/// the KPIs checked against numbers worked out by hand (see the comments per assertion).
/// </summary>
public abstract class KpiEndpointsTests(TicketingServer server) : IDisposable
{
    private const string Contradicts = """{"action":"resolve","findings":{"part_replaced":"none","condition":"contradicts_prediction","readings_after_fix":{"current_a":2.1}}}""";

    private static readonly DateTimeOffset T0 = new(2040, 9, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient technician = server.CreateClient(TicketingServer.TechnicianKey);
    private readonly HttpClient dispatch = server.CreateClient(TicketingServer.DispatchKey);

    [Fact]
    public async Task Get_WalkedTickets_MatchHandComputedKpis()
    {
        var (region, site) = await SiteAsync();
        server.Clock.Now = T0;
        var filterDevice = TestPredictions.NewDeviceId();
        var t1 = await PredictAsync(site, filterDevice, Component.Filter);
        var t2 = await PredictAsync(site, TestPredictions.NewDeviceId(), Component.Pump);
        await ReportAsync(site, TestPredictions.NewDeviceId(), Component.Bearing); // t3: a failure nobody predicted
        var t4 = await PredictAsync(site, TestPredictions.NewDeviceId(), Component.Filter);

        server.Clock.Now = T0.AddHours(1);
        t1 = await ToOnSiteAsync(t1);
        server.Clock.Now = T0.AddHours(2);
        await planner.TransitionOkAsync(t4, """{"action":"reject","reason_code":"customer_declined"}""");
        server.Clock.Now = T0.AddHours(3);
        t2 = await ToOnSiteAsync(t2);
        server.Clock.Now = T0.AddHours(5);
        t1 = await technician.TransitionOkAsync(t1, TransitionEndpointsTests.Resolve);
        await planner.TransitionOkAsync(t1, TransitionEndpointsTests.Close);
        await RateAsync(t1.Id, 5, HttpStatusCode.Created);
        server.Clock.Now = T0.AddHours(6);
        var t5 = await ReportAsync(site, filterDevice, Component.Filter); // predicted earlier by t1: not missed
        server.Clock.Now = T0.AddHours(9);
        t2 = await technician.TransitionOkAsync(t2, Contradicts);
        t2 = await planner.TransitionOkAsync(t2, TransitionEndpointsTests.Close);
        await RateAsync(t2.Id, 2, HttpStatusCode.Created);
        await planner.TransitionOkAsync(t2, """{"action":"reopen","note":"Pump noisy again."}""");
        server.Clock.Now = T0.AddHours(26);
        await planner.TransitionOkAsync(t5, """{"action":"cancel","note":"Duplicate of a phone call."}""");

        var kpis = await KpisAsync($"?from=2040-09-03T00:00:00Z&to=2040-09-05T00:00:00Z&region={region}");

        Assert.Equal(5, kpis.Tickets);
        // Responses: t1 1 h, t4 2 h, t2 3 h, t5 20 h (cancelled from Proposed); t3 still waiting.
        Assert.Equal(new Distribution(4, 2, 20), kpis.FirstResponse);
        // Only t1 stays resolved (t2 was reopened): 5 h.
        Assert.Equal(new Distribution(1, 5, 5), kpis.TimeToResolve);
        // t1 and t2 were resolved; t2 came back.
        Assert.Equal((2, 0.5), (kpis.ResolvedTickets, kpis.FirstTimeFixRate));
        // End of 3 Sep: t2 (reopened), t3, t5; end of 4 Sep: t5 cancelled.
        Assert.Equal([new BacklogDay(new DateOnly(2040, 9, 3), 3), new BacklogDay(new DateOnly(2040, 9, 4), 2)], kpis.Backlog);
        Assert.Equal(-1, kpis.BacklogTrend);
        Assert.Equal((2, 3.5, 0.5), (kpis.Ratings, kpis.CsatAverage, kpis.CsatSatisfiedShare));
        // Finished: t1 closed, t4 rejected (customer declined), t5 cancelled.
        Assert.Equal(3, kpis.FinishedTickets);
        Assert.Equal(1.0 / 3, kpis.SelfCloseRate!.Value, 9);
        Assert.Equal((3, 1, 1, 0.5), (kpis.PredictedTickets, kpis.Confirmed, kpis.Contradicted, kpis.Precision));
        // t1: failure predicted at T0 + 240 h, fixed at T0 + 5 h.
        Assert.Equal(new Distribution(1, 235, 235), kpis.LeadTimeAchieved);
        Assert.Equal(1, kpis.FailuresMissed);

        var byModel = await KpisAsync($"?from=2040-09-03T00:00:00Z&to=2040-09-05T00:00:00Z&region={region}&model_version=rul-test-1&component=filter");
        Assert.Equal((2, 0, 1), (byModel.Tickets, byModel.FailuresMissed, byModel.Confirmed));
    }

    [Fact]
    public async Task Rate_OpenTicketOrTwiceOrBadScore_Refused()
    {
        var (_, site) = await SiteAsync();
        var open = await PredictAsync(site, TestPredictions.NewDeviceId(), Component.Filter);

        await RateAsync(open.Id, 4, HttpStatusCode.Conflict);
        await RateAsync(open.Id, 6, HttpStatusCode.BadRequest);
        await RateAsync(Guid.NewGuid(), 4, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_ToBeforeFrom_400()
    {
        using var response = await planner.GetAsync(new Uri("/api/kpis?from=2040-09-05T00:00:00Z&to=2040-09-03T00:00:00Z", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
        technician.Dispose();
        dispatch.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<KpiReport> KpisAsync(string query) =>
        await planner.GetFromJsonAsync(new Uri("/api/kpis" + query, UriKind.Relative), TicketingJsonContext.Default.KpiReport)
        ?? throw new InvalidOperationException("No KPIs.");

    private async Task<(string Region, string Site)> SiteAsync()
    {
        var region = "kpi-" + Guid.NewGuid().ToString("N")[..8];
        var site = "site-" + region;
        using var admin = server.CreateClient(TicketingServer.AdminKey);
        using var response = await admin.PutAsync(
            new Uri($"/api/sites/{site}", UriKind.Relative),
            new StringContent(
                $$"""{"customer_id":"c-1","customer_name":"Spring Water","region":"{{region}}","time_zone":"UTC","latitude":1,"longitude":2,"language":"en","email":"a@example.com"}""",
                Encoding.UTF8,
                "application/json"));
        response.EnsureSuccessStatusCode();
        await FieldServiceSeed.CrewAsync(server.Services, region, "depot-" + region);
        return (region, site);
    }

    private async Task<TicketDto> PredictAsync(string site, string device, string component)
    {
        using var response = await predictor.PostPredictionAsync(TestPredictions.For(device, component, leadTimeHours: 240, issuedAt: T0) with { SiteId = site });
        response.EnsureSuccessStatusCode();
        return await response.ReadTicketAsync();
    }

    private async Task<TicketDto> ReportAsync(string site, string device, string component)
    {
        using var response = await dispatch.PostAsync(
            new Uri("/api/tickets", UriKind.Relative),
            new StringContent(
                $$"""{"kind":"corrective","site":"{{site}}","device":"{{device}}","component":"{{component}}","priority":"P1","description":"Broken."}""",
                Encoding.UTF8,
                "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadTicketAsync();
    }

    private async Task<TicketDto> ToOnSiteAsync(TicketDto ticket)
    {
        foreach (var (client, body) in new[]
        {
            (planner, TransitionEndpointsTests.Approve), (planner, TransitionEndpointsTests.Offer), (planner, BookTomorrow()),
            (planner, TransitionEndpointsTests.Assign), (technician, TransitionEndpointsTests.Depart), (technician, TransitionEndpointsTests.Arrive),
        })
        {
            ticket = await client.TransitionOkAsync(ticket, body);
        }

        return ticket;
    }

    /// <summary>A slot a day after the service clock: booking refuses slots in the past.</summary>
    private string BookTomorrow() =>
        $$"""{"action":"book","slot_start":"{{server.Clock.Now.AddDays(1):yyyy-MM-ddTHH:00:00Z}}"}""";

    private async Task RateAsync(Guid id, int score, HttpStatusCode expected)
    {
        using var response = await dispatch.PostAsync(
            new Uri($"/api/tickets/{id}/rating", UriKind.Relative),
            new StringContent($$"""{"score":{{score}},"reason":"Technician was on time."}""", Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
    }
}
