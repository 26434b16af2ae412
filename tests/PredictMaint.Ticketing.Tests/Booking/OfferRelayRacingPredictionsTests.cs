using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Booking;

/// <summary>
/// The offer relays of two instances move tickets to Offered while the predictor keeps adding
/// evidence to the same tickets through both instances: every offer must still go out once.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class OfferRelayRacingPredictionsTests
{
    private const int Tickets = 12;

    [Fact]
    public async Task OfferRelay_PredictionsUpdatingTheSameTickets_EachMailSentOnceNoErrors()
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
            using var predictorFirst = first.CreateClient(TicketingServer.PredictorKey);
            using var predictorSecond = second.CreateClient(TicketingServer.PredictorKey);
            using var planner = second.CreateClient(TicketingServer.PlannerKey);
            var devices = Enumerable.Range(0, Tickets).Select(_ => TestPredictions.NewDeviceId()).ToArray();
            foreach (var device in devices)
            {
                using var posted = await predictorFirst.PostPredictionAsync(TestPredictions.For(device));
                posted.EnsureSuccessStatusCode();
            }

            using var stop = new CancellationTokenSource();
            var updates = Task.WhenAll(
                UpdateUntilStoppedAsync(predictorFirst, devices, stop.Token), UpdateUntilStoppedAsync(predictorSecond, [.. devices.Reverse()], stop.Token));
            foreach (var device in devices)
            {
                var ticket = (await planner.GetTicketsAsync($"?device={device}")).Single();
                await ApproveAsync(planner, ticket.Id);
            }

            await Eventually.WaitAsync(() => PendingAsync(first), n => n == 0, TimeSpan.FromSeconds(90), "every offer sent");
            await stop.CancelAsync();
            await updates;

            var mails = smtp.Mails();
            Assert.All(devices, d => Assert.Single(mails, m => m.Body.Contains(d, StringComparison.Ordinal)));
            Assert.Equal(Tickets, mails.Count);
            var offered = await planner.GetTicketsAsync("?state=Offered");
            Assert.Equal(devices.Order(StringComparer.Ordinal), offered.Select(t => t.DeviceId).Order(StringComparer.Ordinal));
            Assert.True(first.Log.Errors.Count + second.Log.Errors.Count == 0, string.Join("\n", first.Log.Errors.Concat(second.Log.Errors)));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    /// <summary>New evidence for every device, again and again: each one a new ticket version.</summary>
    private static async Task UpdateUntilStoppedAsync(HttpClient predictor, IReadOnlyList<string> devices, CancellationToken stop)
    {
        for (var round = 1; !stop.IsCancellationRequested; round++)
        {
            foreach (var device in devices)
            {
                using var posted = await predictor.PostPredictionAsync(TestPredictions.For(device, leadTimeHours: 100 - (round % 50)));
                posted.EnsureSuccessStatusCode();
            }
        }
    }

    // The ticket's version moves under the planner as well: re-read and approve until it sticks.
    private static async Task ApproveAsync(HttpClient planner, Guid ticketId)
    {
        while (true)
        {
            var ticket = (await planner.GetTicketsAsync("")).Single(t => t.Id == ticketId);
            using var response = await planner.TransitionAsync(ticket.Id, ticket.Version, TransitionEndpointsTests.Approve);
            if (response.StatusCode != System.Net.HttpStatusCode.PreconditionFailed)
            {
                response.EnsureSuccessStatusCode();
                return;
            }
        }
    }

    private static async Task<int> PendingAsync(TicketingServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        return await db.OfferNotifications.CountAsync(n => n.Status != OfferNotificationStatus.Sent);
    }
}
