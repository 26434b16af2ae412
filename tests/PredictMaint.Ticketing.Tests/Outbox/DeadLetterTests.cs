using System.Net;
using System.Net.Http.Json;
using PredictMaint.Testing.Dispatch;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Outbox;

public sealed class DeadLetterTests(DeadLetterTicketingServer server) : IClassFixture<DeadLetterTicketingServer>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);

    [Fact]
    public async Task Replay_AfterAttemptsExhausted_DeliversHeldEventsInOrder()
    {
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        var ticket = await posted.ReadTicketAsync();
        await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Approve);

        var dead = await Eventually.WaitAsync(
            async () =>
            {
                server.Clock.Now += TimeSpan.FromSeconds(5);
                return await admin.GetFromJsonAsync(new Uri("/api/outbox/dead-letters", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListDeadLetterDto) ?? [];
            },
            d => d.Any(m => m.TicketId == ticket.Id),
            Patience,
            "the first event to be dead-lettered");
        var first = Assert.Single(dead, m => m.TicketId == ticket.Id);
        Assert.Equal((1, 2), (first.Sequence, first.Attempts));

        await using var receiver = new DispatchReceiver(RelayTicketingServer.OutboundSecret, server.ReceiverPort);
        await receiver.StartAsync();
        using var replay = await admin.PostAsync(new Uri($"/api/outbox/dead-letters/{first.Id}/replay", UriKind.Relative), content: null);
        Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);

        // The approval (sequence 2) waited behind the dead letter; replay releases both, in order.
        await Eventually.WaitAsync(
            () =>
            {
                server.Clock.Now += TimeSpan.FromSeconds(5);
                return Task.FromResult(receiver.Applied.Where(a => a.TicketId == ticket.Id).Select(a => a.Sequence).ToList());
            },
            s => s.Count >= 2,
            Patience,
            "the replayed and the held event");
        Assert.Equal([1, 2], receiver.Applied.Where(a => a.TicketId == ticket.Id).Select(a => a.Sequence));
    }

    [Fact]
    public async Task Replay_UnknownId_Returns404()
    {
        using var response = await admin.PostAsync(new Uri($"/api/outbox/dead-letters/{Guid.NewGuid()}/replay", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
        admin.Dispose();
    }
}
