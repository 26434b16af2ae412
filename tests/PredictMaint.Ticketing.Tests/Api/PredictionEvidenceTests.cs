using System.Net;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

/// <summary>The optional evidence travels from the prediction to the stored ticket and back out of the API.</summary>
public sealed class PredictionEvidenceTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task Post_WithEvidence_StoredAndReturned()
    {
        var prediction = TestPredictions.For(TestPredictions.NewDeviceId());
        var evidence = TestPredictions.Evidence(prediction);

        using var response = await predictor.PostPredictionAsync(prediction with { Evidence = evidence });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = Assert.Single(await planner.GetTicketsAsync($"?device={prediction.DeviceId}"));
        Assert.Equal(evidence.History, stored.Evidence!.History);
        Assert.Equal(evidence.Forecast, stored.Evidence.Forecast);
        Assert.Equal((evidence.Threshold, evidence.Unit), (stored.Evidence.Threshold, stored.Evidence.Unit));
        Assert.Equal(evidence.ContributingSensors, stored.Evidence.ContributingSensors);
    }

    [Fact]
    public async Task Post_NewerPredictionWithoutEvidence_ReplacesOlderEvidence()
    {
        var first = TestPredictions.For(TestPredictions.NewDeviceId());
        using var created = await predictor.PostPredictionAsync(first with { Evidence = TestPredictions.Evidence(first) });
        var newer = first with { IssuedAt = first.IssuedAt.AddHours(1) };

        using var updated = await predictor.PostPredictionAsync(newer);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Null((await updated.ReadTicketAsync()).Evidence);
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
    }
}
