using System.Net;
using System.Net.Http.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class PriorityEndpointTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient technician = server.CreateClient(TicketingServer.TechnicianKey);

    [Fact]
    public async Task Post_PlannerRaisesPriority_NewVersionAndAudited()
    {
        var ticket = await PredictAsync(leadTimeHours: 200);
        Assert.Equal(Priority.P3, ticket.Priority);

        using var response = await PostAsync(planner, ticket, "P1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changed = await response.ReadTicketAsync();
        Assert.Equal((Priority.P1, ticket.Version + 1, TicketState.Proposed), (changed.Priority, changed.Version, changed.State));
        Assert.Equal($"\"{changed.Version}\"", response.Headers.ETag?.Tag);
        var history = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{ticket.Id}/history", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListAuditRecordDto);
        Assert.Equal(("PriorityP1", "test-planner"), (history![^1].Action, history[^1].Actor));
    }

    [Fact]
    public async Task Post_TechnicianStaleOrSamePriority_RefusedAndNothingChanges()
    {
        var ticket = await PredictAsync(leadTimeHours: 200);

        using var byTechnician = await PostAsync(technician, ticket, "P1");
        using var stale = await PostAsync(planner, ticket with { Version = ticket.Version - 1 }, "P1");
        using var same = await PostAsync(planner, ticket, "p3");

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict),
            (byTechnician.StatusCode, stale.StatusCode, same.StatusCode));
        Assert.Contains("may not change the priority", await byTechnician.ReadProblemDetailAsync(), StringComparison.Ordinal);
        var unchanged = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{ticket.Id}", UriKind.Relative), TicketingJsonContext.Default.TicketDto);
        Assert.Equal((Priority.P3, ticket.Version), (unchanged!.Priority, unchanged.Version));
    }

    [Theory]
    [InlineData("""{"priority":"P9"}""")]
    [InlineData("""{"priority":"1"}""")]
    [InlineData("""{}""")]
    public async Task Post_UnknownPriority_400NamingTheField(string json)
    {
        var ticket = await PredictAsync(leadTimeHours: 200);
        using var request = Request(ticket, json);

        using var response = await planner.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'priority' must be one of P0, P1, P2, P3", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Request(TicketDto ticket, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tickets/{ticket.Id}/priority", UriKind.Relative))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{ticket.Version}\""));
        return request;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, TicketDto ticket, string priority)
    {
        using var request = Request(ticket, $$"""{"priority":"{{priority}}"}""");
        return await client.SendAsync(request);
    }

    private async Task<TicketDto> PredictAsync(double leadTimeHours)
    {
        using var response = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId(), Component.Filter, leadTimeHours));
        return await response.ReadTicketAsync();
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
        technician.Dispose();
    }
}
