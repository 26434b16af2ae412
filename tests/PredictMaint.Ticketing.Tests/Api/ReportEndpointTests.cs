using System.Net;
using System.Text;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class ReportEndpointTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient dispatch = server.CreateClient(TicketingServer.DispatchKey);

    [Fact]
    public async Task Post_NoOpenTicket_Creates201ReportedTicket()
    {
        using var response = await ReportAsync(TestPredictions.NewDeviceId(), "customer_reported", "P2");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = await response.ReadTicketAsync();
        Assert.Equal((TicketKind.CustomerReported, TicketState.Proposed, Priority.P2, "Water tastes odd."), (ticket.Kind, ticket.State, ticket.Priority, ticket.Reason));
    }

    [Fact]
    public async Task Post_OpenPreventiveTicket_MergesRaisesAndFlags()
    {
        var device = TestPredictions.NewDeviceId();
        using var predicted = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Filter, leadTimeHours: 200));
        var preventive = await predicted.ReadTicketAsync();

        using var response = await ReportAsync(device, "corrective", "P0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await response.ReadTicketAsync();
        Assert.Equal((preventive.Id, TicketKind.Corrective, Priority.P0, true), (merged.Id, merged.Kind, merged.Priority, merged.NeedsReview));
    }

    [Fact]
    public async Task PostPrediction_OpenReportedTicket_MergesWithoutReplacingTheReport()
    {
        var device = TestPredictions.NewDeviceId();
        using var reported = await ReportAsync(device, "corrective", "P3");

        using var predicted = await predictor.PostPredictionAsync(TestPredictions.For(device, Component.Filter, leadTimeHours: 10));

        var merged = await predicted.ReadTicketAsync();
        Assert.Equal(HttpStatusCode.OK, predicted.StatusCode);
        Assert.Equal((TicketKind.Corrective, "Water tastes odd.", Priority.P1, 1), (merged.Kind, merged.Reason, merged.Priority, merged.MergedPredictionCount));
    }

    [Theory]
    [InlineData("preventive", "P2", "kind")]
    [InlineData("corrective", "P7", "priority")]
    public async Task Post_BadField_Returns400NamingIt(string kind, string priority, string field)
    {
        using var response = await ReportAsync(TestPredictions.NewDeviceId(), kind, priority);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ReadProblemFieldsAsync());
    }

    private async Task<HttpResponseMessage> ReportAsync(string device, string kind, string priority)
    {
        using var content = new StringContent(
            $$"""{"kind":"{{kind}}","site":"site-1","device":"{{device}}","component":"filter","priority":"{{priority}}","description":"Water tastes odd."}""",
            Encoding.UTF8,
            "application/json");
        return await dispatch.PostAsync(new Uri("/api/tickets", UriKind.Relative), content);
    }

    public void Dispose()
    {
        predictor.Dispose();
        dispatch.Dispose();
    }
}
