using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Booking;

[Collection(PostgresGroup.Name)]
public sealed class OfferRelayInstancesOnPostgresTests
{
    private const int Tickets = 24;

    [Fact]
    public async Task OfferRelay_TwoInstancesOneDatabase_EachMailSentExactlyOnce()
    {
        var postgres = await PostgresServer.SharedAsync();
        var connectionString = postgres.ConnectionString("tickets_" + Guid.NewGuid().ToString("N"));
        await using var smtp = await SmtpSinkServer.StartNewAsync();
        var first = new SharedDatabaseOfferServer(connectionString, smtp.Port);
        await first.InitializeAsync();
        var second = new SharedDatabaseOfferServer(connectionString, smtp.Port);
        await second.InitializeAsync();
        try
        {
            using var predictor = first.CreateClient(TicketingServer.PredictorKey);
            using var planner = second.CreateClient(TicketingServer.PlannerKey);
            var devices = new List<string>();
            for (var i = 0; i < Tickets; i++)
            {
                var device = TestPredictions.NewDeviceId();
                devices.Add(device);
                using var posted = await predictor.PostPredictionAsync(TestPredictions.For(device));
                await planner.TransitionOkAsync(await posted.ReadTicketAsync(), TransitionEndpointsTests.Approve);
            }

            // Every row settled, so neither relay has anything left that it could still send.
            await Eventually.WaitAsync(() => PendingAsync(first), n => n == 0, TimeSpan.FromSeconds(60), "every offer sent");

            var mails = smtp.Mails();
            Assert.Equal(Tickets, mails.Count);
            Assert.All(devices, d => Assert.Single(mails, m => m.Body.Contains(d, StringComparison.Ordinal)));
            var offered = await planner.GetTicketsAsync("?state=Offered");
            Assert.Equal(devices.Order(StringComparer.Ordinal), offered.Select(t => t.DeviceId).Order(StringComparer.Ordinal));
            Assert.Empty(first.Log.Errors);
            Assert.Empty(second.Log.Errors);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task<int> PendingAsync(TicketingServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        return await db.OfferNotifications.CountAsync(n => n.Status != OfferNotificationStatus.Sent);
    }
}
