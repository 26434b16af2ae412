using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using PredictMaint.Testing.Dispatch;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Outbox;

public sealed class OutboxRelayTests(RelayTicketingServer server) : IClassFixture<RelayTicketingServer>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly HttpClient predictor = server.CreateClient(TicketingServer.PredictorKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task Relay_ReceiverDownThenFlakyThenUp_DeliversEveryEventOnceInOrderPerTicket()
    {
        // Down: nothing listens on the receiver port.
        var tickets = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
            var ticket = await planner.TransitionOkAsync(await posted.ReadTicketAsync(), TransitionEndpointsTests.Approve);
            await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Offer);
            tickets.Add(ticket.Id);
        }

        await Eventually.WaitAsync(StatusAsync, s => s.Mode == "manual_dispatch", Patience, "the breaker to open");
        Assert.Contains(server.Log.Errors, e => e.Contains("manual dispatch", StringComparison.Ordinal));

        // Flaky: every third request fails before applying, every third after applying.
        await using var receiver = new DispatchReceiver(RelayTicketingServer.OutboundSecret, server.ReceiverPort) { Flaky = true };
        await receiver.StartAsync();
        await Eventually.WaitAsync(
            async () =>
            {
                server.Clock.Now += TimeSpan.FromMinutes(1);
                return await StatusAsync();
            },
            s => s.Pending == 0,
            Patience,
            "the outbox to drain through the flaky receiver");

        // Up: new events flow straight through.
        receiver.Flaky = false;
        using var late = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
        await Eventually.WaitAsync(StatusAsync, s => s.Pending == 0 && s.Mode == "automatic", Patience, "the last event");

        var expected = await OutboxIdsAsync();
        var applied = receiver.Applied;
        Assert.Equal(expected.Order(), applied.Select(a => a.IdempotencyKey).Order());
        Assert.Equal(13, applied.Count);
        Assert.True(receiver.Duplicates >= 1, "a lost acknowledgement should have caused a resend");
        Assert.Equal(0, receiver.BadSignatures);
        foreach (var ticketId in tickets)
        {
            Assert.Equal([1, 2, 3], applied.Where(a => a.TicketId == ticketId).Select(a => a.Sequence));
        }
    }

    private async Task<DispatchStatusDto> StatusAsync() =>
        await planner.GetFromJsonAsync(new Uri("/api/dispatch/status", UriKind.Relative), TicketingJsonContext.Default.DispatchStatusDto)
        ?? throw new InvalidOperationException("no status");

    private async Task<List<string>> OutboxIdsAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = server.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM OutboxMessages WHERE DeliveredAt IS NOT NULL";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0).ToLowerInvariant());
        }

        return ids;
    }

    public void Dispose()
    {
        predictor.Dispose();
        planner.Dispose();
    }
}
