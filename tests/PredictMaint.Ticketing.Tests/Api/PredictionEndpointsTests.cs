using System.Net;
using System.Text;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

/// <summary>Runs on SQLite (<see cref="PredictionEndpointsTestsOnSqlite"/>) and PostgreSQL (<see cref="PredictionEndpointsTestsOnPostgres"/>).</summary>
public abstract class PredictionEndpointsTests(TicketingServer server) : IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task Post_NewDeviceComponent_Creates201ProposedTicket()
    {
        var device = TestPredictions.NewDeviceId();
        var prediction = TestPredictions.For(device, leadTimeHours: 30);

        using var response = await predictor.PostPredictionAsync(prediction);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = await response.ReadTicketAsync();
        Assert.Equal($"/api/tickets/{ticket.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(TicketState.Proposed, ticket.State);
        Assert.Equal(TicketKind.Preventive, ticket.Kind);
        Assert.Equal(Priority.P2, ticket.Priority);
        Assert.Equal((device, Component.Filter, "site-1"), (ticket.DeviceId, ticket.Component, ticket.SiteId));
        Assert.Equal(1, ticket.PredictionCount);
        Assert.Equal(prediction.IssuedAt, ticket.CreatedAt);
        Assert.Equal(prediction.PredictedFailureAt, ticket.PredictedFailureAt);
        Assert.Equal((prediction.FailureWindowStart, prediction.FailureWindowEnd), (ticket.FailureWindowStart, ticket.FailureWindowEnd));
        Assert.Equal((0.8, "rul-test-1", prediction.Reason), (ticket.Confidence, ticket.ModelVersion, ticket.Reason));
        Assert.Equal(server.Clock.Now, ticket.FirstReceivedAt);
        var stored = Assert.Single(await planner.GetTicketsAsync($"?device={device}"));
        // Reads add the SLA clock, which the intake answer does not carry.
        Assert.Equal(ticket, stored with { Sla = null });
        Assert.NotNull(stored.Sla?.ResponseDueAt);
        Assert.True(server.Log.Errors.Count == 0, string.Join("\n", server.Log.Errors));
    }

    [Fact]
    public async Task Post_SameDeviceComponentAgain_UpdatesRaisesAndNeverLowersPriority()
    {
        var device = TestPredictions.NewDeviceId();
        using var first = await predictor.PostPredictionAsync(TestPredictions.For(device, leadTimeHours: 100));
        var created = await first.ReadTicketAsync();
        Assert.Equal(Priority.P3, created.Priority);

        var sooner = TestPredictions.For(device, leadTimeHours: 20, issuedAt: TestPredictions.DeviceNow.AddHours(1));
        using var second = await predictor.PostPredictionAsync(sooner);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var updated = await second.ReadTicketAsync();
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal(2, updated.PredictionCount);
        Assert.Equal(Priority.P1, updated.Priority);
        Assert.Equal(sooner.PredictedFailureAt, updated.PredictedFailureAt);
        Assert.Equal(sooner.IssuedAt, updated.UpdatedAt);
        Assert.Equal(created.CreatedAt, updated.CreatedAt);

        using var third = await predictor.PostPredictionAsync(
            TestPredictions.For(device, leadTimeHours: 400, issuedAt: TestPredictions.DeviceNow.AddHours(2)));
        var relaxed = await third.ReadTicketAsync();
        Assert.Equal((3, Priority.P1), (relaxed.PredictionCount, relaxed.Priority));
        Assert.Single(await planner.GetTicketsAsync($"?device={device}"));
    }

    [Fact]
    public async Task Post_DifferentComponent_CreatesSecondTicket()
    {
        var device = TestPredictions.NewDeviceId();
        using var filter = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Filter));
        using var pump = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Pump));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (filter.StatusCode, pump.StatusCode));
        var tickets = await planner.GetTicketsAsync($"?device={device}");
        Assert.Equal([Component.Filter, Component.Pump], tickets.Select(t => t.Component).Order());
    }

    [Fact]
    public async Task Post_TwentyConcurrentIdenticalPredictions_CreateExactlyOneTicket()
    {
        var device = TestPredictions.NewDeviceId();
        var prediction = TestPredictions.For(device, Component.Bearing);
        // Separate clients so the requests really travel on separate connections.
        var clients = Enumerable.Range(0, 20).Select(_ => server.CreateClient(TicketingServer.PredictorKey)).ToList();
        // Open every connection first so the predictions arrive together rather than spread
        // over connection setup.
        foreach (var warmUp in await Task.WhenAll(clients.Select(c => c.GetAsync(new Uri("/healthz", UriKind.Relative)))))
        {
            warmUp.Dispose();
        }

        var responses = await Task.WhenAll(clients.Select(c => c.PostPredictionAsync(prediction)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(19, statuses.Count(s => s == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadTicketAsync()).Id));
        Assert.Single(ids.Distinct());
        var ticket = Assert.Single(await planner.GetTicketsAsync($"?device={device}&component={Component.Bearing}"));
        Assert.Equal(20, ticket.PredictionCount);
        Assert.True(server.Log.Errors.Count == 0, string.Join("\n", server.Log.Errors));
        foreach (var disposable in responses.Cast<IDisposable>().Concat(clients))
        {
            disposable.Dispose();
        }
    }

    [Theory]
    [InlineData("confidence", "\"confidence\":0.8", "\"confidence\":1.5")]
    [InlineData("component", "\"component\":\"filter\"", "\"component\":\"impeller\"")]
    [InlineData("site", "\"site\":\"site-1\"", "\"site\":\"a/b\"")]
    [InlineData("reason", "\"reason\":\"worn\"", "\"reason\":\"\"")]
    [InlineData("predicted_failure_at", "\"predicted_failure_at\":\"2031-03-20T00:00:00Z\"", "\"predicted_failure_at\":\"2031-04-20T00:00:00Z\"")]
    public async Task Post_InvalidField_Returns400NamingTheField(string field, string valid, string invalid)
    {
        var body = ValidJson(TestPredictions.NewDeviceId());
        Assert.Contains(valid, body, StringComparison.Ordinal);

        using var response = await PostRawAsync(body.Replace(valid, invalid, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task Post_ValidRawJson_Returns201()
    {
        using var response = await PostRawAsync(ValidJson(TestPredictions.NewDeviceId()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"site\":\"s1\"")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Post_MalformedJson_Returns400(string body)
    {
        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task Post_MissingRequiredField_Returns400()
    {
        var body = ValidJson(TestPredictions.NewDeviceId()).Replace(",\"reason\":\"worn\"", string.Empty, StringComparison.Ordinal);

        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongFieldType_Returns400NamingTheField()
    {
        var body = ValidJson(TestPredictions.NewDeviceId()).Replace("\"confidence\":0.8", "\"confidence\":\"high\"", StringComparison.Ordinal);

        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("confidence", await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task Post_NotJsonContentType_Returns415()
    {
        using var content = new StringContent(ValidJson(TestPredictions.NewDeviceId()), Encoding.UTF8, "text/plain");

        using var response = await predictor.PostAsync(new Uri("/api/predictions", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutKey_Returns401()
    {
        using var anonymous = server.CreateClient(apiKey: null);

        using var response = await anonymous.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("wrong-key-wrong-key-wrong")]
    [InlineData(TicketingServer.PredictorKey + "x")]
    public async Task Post_WithUnknownKey_Returns401(string key)
    {
        using var client = server.CreateClient(key);

        using var response = await client.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithPlannerKey_Returns403AndCreatesNothing()
    {
        var device = TestPredictions.NewDeviceId();

        using var response = await planner.PostPredictionAsync(TestPredictions.For(device));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await planner.GetTicketsAsync($"?device={device}"));
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        predictor.Dispose();
        planner.Dispose();
    }

    private async Task<HttpResponseMessage> PostRawAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await predictor.PostAsync(new Uri("/api/predictions", UriKind.Relative), content);
    }

    // Written out by hand so the tests pin the wire names, not just round-trip the record.
    private static string ValidJson(string device) =>
        "{\"site\":\"site-1\",\"device\":\"" + device + "\",\"component\":\"filter\"," +
        "\"issued_at\":\"2031-03-14T08:00:00Z\",\"predicted_failure_at\":\"2031-03-20T00:00:00Z\"," +
        "\"failure_window_start\":\"2031-03-18T00:00:00Z\",\"failure_window_end\":\"2031-03-22T00:00:00Z\"," +
        "\"confidence\":0.8,\"model_version\":\"rul-1\",\"reason\":\"worn\"}";
}
