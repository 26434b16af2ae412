using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Booking;

/// <summary>Two ticketing instances on one PostgreSQL database, each running its offer relay: every offer mail goes out once.</summary>
[Collection(PostgresGroup.Name)]
public sealed class OfferRelayInstancesOnPostgresTests
{
    [Fact]
    public Task OfferRelay_TwoInstancesOneDatabase_EachMailSentExactlyOnce() => WithTwoInstancesAsync(async (first, second, smtp) =>
    {
        using var predictor = first.CreateClient(TicketingServer.PredictorKey);
        using var planner = second.CreateClient(TicketingServer.PlannerKey);
        var devices = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var device = TestPredictions.NewDeviceId();
            devices.Add(device);
            using var posted = await predictor.PostPredictionAsync(TestPredictions.For(device));
            await planner.TransitionOkAsync(await posted.ReadTicketAsync(), TransitionEndpointsTests.Approve);
        }

        await AssertEachOfferSentOnceAsync(first, second, smtp, planner, devices);
    });

    /// <summary>
    /// The relays move tickets to Offered while the predictor keeps adding evidence to the same tickets
    /// through both instances, so every relay save races ticket updates.
    /// </summary>
    [Fact]
    public Task OfferRelay_PredictionsUpdatingTheSameTickets_EachMailSentOnceNoErrors() => WithTwoInstancesAsync(async (first, second, smtp) =>
    {
        using var predictorFirst = first.CreateClient(TicketingServer.PredictorKey);
        using var predictorSecond = second.CreateClient(TicketingServer.PredictorKey);
        using var planner = second.CreateClient(TicketingServer.PlannerKey);
        var devices = Enumerable.Range(0, 12).Select(_ => TestPredictions.NewDeviceId()).ToArray();
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
        await AssertEachOfferSentOnceAsync(first, second, smtp, planner, devices);
    });

    private static async Task WithTwoInstancesAsync(Func<SharedDatabaseOfferServer, SharedDatabaseOfferServer, SmtpSinkServer, Task> test)
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
            await test(first, second, smtp);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task AssertEachOfferSentOnceAsync(
        TicketingServer first, TicketingServer second, SmtpSinkServer smtp, HttpClient planner, IReadOnlyCollection<string> devices)
    {
        // Every row settled, so neither relay has anything left that it could still send.
        await Eventually.WaitAsync(() => PendingAsync(first), n => n == 0, TimeSpan.FromSeconds(60), "every offer sent");
        var mails = smtp.Mails();
        Assert.Equal(devices.Count, mails.Count);
        Assert.All(devices, d => Assert.Single(mails, m => m.Body.Contains(d, StringComparison.Ordinal)));
        var offered = await planner.GetTicketsAsync("?state=Offered");
        Assert.Equal(devices.Order(StringComparer.Ordinal), offered.Select(t => t.DeviceId).Order(StringComparer.Ordinal));
        Assert.True(first.Log.Errors.Count + second.Log.Errors.Count == 0, string.Join("\n", first.Log.Errors.Concat(second.Log.Errors)));
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
