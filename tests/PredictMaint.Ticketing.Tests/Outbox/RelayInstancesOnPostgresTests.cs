using PredictMaint.Testing.Dispatch;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Outbox;

[Collection(PostgresGroup.Name)]
public sealed class RelayInstancesOnPostgresTests
{
    [Fact]
    public async Task Relay_TwoInstancesOneDatabase_DeliverEachEventOnceInOrder()
    {
        var postgres = await PostgresServer.SharedAsync();
        var connectionString = postgres.ConnectionString("tickets_" + Guid.NewGuid().ToString("N"));
        await using var receiver = new DispatchReceiver(RelayTicketingServer.OutboundSecret, FreePort.Next());
        var port = receiver.Port;
        await receiver.StartAsync();
        var first = new SharedDatabaseRelayServer(connectionString, port);
        await first.InitializeAsync();
        var second = new SharedDatabaseRelayServer(connectionString, port);
        await second.InitializeAsync();
        try
        {
            using var predictor = first.CreateClient(TicketingServer.PredictorKey);
            using var planner = second.CreateClient(TicketingServer.PlannerKey);
            for (var i = 0; i < 10; i++)
            {
                using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId()));
                var ticket = await planner.TransitionOkAsync(await posted.ReadTicketAsync(), TransitionEndpointsTests.Approve);
                await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Offer);
            }

            await Eventually.WaitAsync(() => Task.FromResult(receiver.Applied.Count), n => n >= 30, TimeSpan.FromSeconds(60), "30 events");

            Assert.Equal(0, receiver.Duplicates);
            Assert.Equal(30, receiver.Requests);
            Assert.All(receiver.Applied.GroupBy(a => a.TicketId), g => Assert.Equal([1, 2, 3], g.Select(a => a.Sequence)));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }
}
