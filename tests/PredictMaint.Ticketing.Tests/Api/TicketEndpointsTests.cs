using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class TicketEndpointsTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task Get_ExistingId_ReturnsTicket()
    {
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        var created = await posted.ReadTicketAsync();

        var fetched = await planner.GetFromJsonAsync(
            new Uri($"/api/tickets/{created.Id}", UriKind.Relative), TicketingJsonContext.Default.TicketDto);

        Assert.Equal(created, fetched! with { Sla = null });
        Assert.NotNull(fetched.Sla?.ResponseDueAt);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404WithReason()
    {
        var id = Guid.NewGuid();

        using var response = await planner.GetAsync(new Uri($"/api/tickets/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(id.ToString(), problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ByDevice_OrderedByPredictedFailure()
    {
        var device = TestPredictions.NewDeviceId();
        using var late = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Filter, leadTimeHours: 300));
        using var soon = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Pump, leadTimeHours: 5));
        using var middle = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Bearing, leadTimeHours: 50));

        var tickets = await planner.GetTicketsAsync($"?device={device}");

        Assert.Equal([Component.Pump, Component.Bearing, Component.Filter], tickets.Select(t => t.Component));
    }

    [Fact]
    public async Task List_ByComponentAndState_FiltersBoth()
    {
        var device = TestPredictions.NewDeviceId();
        using var filter = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Filter));
        using var pump = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Pump));

        var proposedPumps = await planner.GetTicketsAsync($"?device={device}&component=pump&state=proposed");
        var approved = await planner.GetTicketsAsync($"?device={device}&state=Approved");

        Assert.Equal(Component.Pump, Assert.Single(proposedPumps).Component);
        Assert.Empty(approved);
    }

    [Theory]
    [InlineData("open")]
    [InlineData("3")]
    public async Task List_UnknownState_Returns400NamingState(string state)
    {
        using var response = await planner.GetAsync(new Uri($"/api/tickets?state={state}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["state"], await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task List_WithPredictorKey_Returns403()
    {
        using var response = await predictor.GetAsync(new Uri("/api/tickets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_WithoutKey_Returns401()
    {
        using var anonymous = server.CreateClient(apiKey: null);

        using var response = await anonymous.GetAsync(new Uri("/api/tickets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_WithoutKey_Returns200()
    {
        using var anonymous = server.CreateClient(apiKey: null);

        using var response = await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
    }
}
