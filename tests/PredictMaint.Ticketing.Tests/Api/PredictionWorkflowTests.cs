using System.Net;
using System.Net.Http.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class PredictionWorkflowTests(AutoApprovingTicketingServer server) : IClassFixture<AutoApprovingTicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task Post_PredictionAboveLimits_AutoApprovedBySystem()
    {
        using var response = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId(), leadTimeHours: 100));
        var ticket = await response.ReadTicketAsync();

        Assert.Equal((TicketState.Approved, 2), (ticket.State, ticket.Version));
        Assert.StartsWith("auto-approved", ticket.AutoApprovalNote, StringComparison.Ordinal);
        var history = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{ticket.Id}/history", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListAuditRecordDto);
        Assert.Equal(("auto-approval", "system"), (history![1].Actor, history[1].Role));
    }

    [Theory]
    [InlineData(Component.Filter, 0.6, 100)]
    [InlineData(Component.Filter, 0.9, 20)]
    [InlineData(Component.Pump, 0.99, 100)]
    public async Task Post_PredictionBelowLimitsOrWithoutRule_StaysProposedInShadowMode(string component, double confidence, double leadHours)
    {
        var prediction = TestPredictions.For(TestPredictions.NewDeviceId(), component, leadHours) with { Confidence = confidence };

        using var response = await predictor.PostPredictionAsync(prediction);
        var ticket = await response.ReadTicketAsync();

        Assert.Equal(TicketState.Proposed, ticket.State);
        Assert.StartsWith("shadow", ticket.AutoApprovalNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retract_OpenTicket_FlagsItForReview()
    {
        var device = TestPredictions.NewDeviceId();
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Pump));

        using var response = await predictor.PostAsync(
            new Uri("/api/predictions/retractions", UriKind.Relative),
            JsonContent.Create(new RetractionBody { DeviceId = device, Component = Component.Pump, ModelVersion = "rul-test-1", Reason = "sensor drift" }, TicketingJsonContext.Default.RetractionBody));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var flagged = Assert.Single(await planner.GetTicketsAsync($"?device={device}&needs_review=true"));
        Assert.Contains("sensor drift", flagged.ReviewNote, StringComparison.Ordinal);
        Assert.Equal(TicketState.Proposed, flagged.State);
    }

    [Fact]
    public async Task Retract_NoOpenTicket_Returns404()
    {
        using var response = await predictor.PostAsync(
            new Uri("/api/predictions/retractions", UriKind.Relative),
            JsonContent.Create(new RetractionBody { DeviceId = "dev-none", Component = Component.Pump, ModelVersion = "m", Reason = "r" }, TicketingJsonContext.Default.RetractionBody));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_Paged_ReturnsPageAndTotal()
    {
        var device = TestPredictions.NewDeviceId();
        foreach (var (component, hours) in new[] { (Component.Filter, 300.0), (Component.Pump, 5.0), (Component.Bearing, 50.0) })
        {
            using var posted = await predictor.PostPredictionAsync(TestPredictions.For(device, component, hours));
        }

        using var response = await planner.GetAsync(new Uri($"/api/tickets?device={device}&page=2&page_size=2", UriKind.Relative));

        var page = await response.Content.ReadFromJsonAsync(TicketingJsonContext.Default.IReadOnlyListTicketDto);
        Assert.Equal(Component.Filter, Assert.Single(page!).Component);
        Assert.Equal("3", Assert.Single(response.Headers.GetValues("X-Total-Count")));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page_size=501", "page_size")]
    [InlineData("kind=broken", "kind")]
    [InlineData("priority=P9", "priority")]
    public async Task List_BadQuery_Returns400NamingIt(string query, string field)
    {
        using var response = await planner.GetAsync(new Uri($"/api/tickets?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ReadProblemFieldsAsync());
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
    }
}
