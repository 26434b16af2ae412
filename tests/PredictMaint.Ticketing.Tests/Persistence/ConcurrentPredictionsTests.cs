using System.Net;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

/// <summary>A burst of identical predictions over real HTTP; run on SQLite and on PostgreSQL.</summary>
public abstract class ConcurrentPredictionsTests(TicketingServer server)
{
    [Fact]
    public async Task Post_ThousandConcurrentPredictionsForOneComponent_ExactlyOneTicket()
    {
        var device = TestPredictions.NewDeviceId();
        var prediction = TestPredictions.For(device, Component.Pump);
        using var predictor = server.CreateClient(TicketingServer.PredictorKey);
        using var planner = server.CreateClient(TicketingServer.PlannerKey);

        var responses = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => predictor.PostPredictionAsync(prediction)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(999, statuses.Count(s => s == HttpStatusCode.OK));
        var ticket = Assert.Single(await planner.GetTicketsAsync($"?device={device}"));
        Assert.Equal(1000, ticket.PredictionCount);
        Assert.Equal(1000, ticket.Version);
        Assert.Empty(server.Log.Errors);
    }
}
