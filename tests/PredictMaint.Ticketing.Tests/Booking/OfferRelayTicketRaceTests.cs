using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Booking;

/// <summary>
/// Ticket updates racing the offer relay's move to Offered, staged deterministically by
/// <see cref="TicketRaceInterceptor"/>: however often the relay's save loses, the customer gets
/// one mail and the ticket still ends Offered.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class OfferRelayTicketRaceTests(RacingOfferServer server) : IClassFixture<RacingOfferServer>
{
    // More than the relay tries in one go (MaxWriteAttempts), and more than the 64 saves in one
    // claim that the earlier design tried before rolling the claim back and mailing again.
    private const int Races = 70;

    [Fact]
    public async Task OfferRelay_TicketUpdatedBeforeEveryMoveToOffered_OneMailAndTicketOffered()
    {
        using var predictor = server.CreateClient(TicketingServer.PredictorKey);
        using var planner = server.CreateClient(TicketingServer.PlannerKey);
        var device = TestPredictions.NewDeviceId();
        using var posted = await predictor.PostPredictionAsync(TestPredictions.For(device));
        var ticket = await posted.ReadTicketAsync();

        server.Race.Arm(Races);
        await planner.TransitionOkAsync(ticket, TransitionEndpointsTests.Approve);

        await Eventually.WaitAsync(
            async () => (await planner.GetTicketsAsync($"?device={device}")).Single().State,
            state => state == TicketState.Offered,
            TimeSpan.FromSeconds(60),
            "the ticket Offered");
        Assert.Equal(Races, server.Race.Staged);
        Assert.Equal([OfferNotificationStatus.Sent], await StatusesAsync(ticket.Id));
        Assert.Single(server.Smtp.Mails(), m => m.Body.Contains(device, StringComparison.Ordinal));
        Assert.True(server.Log.Errors.Count == 0, string.Join("\n", server.Log.Errors));
    }

    private async Task<List<OfferNotificationStatus>> StatusesAsync(Guid ticketId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        return await db.OfferNotifications.Where(n => n.TicketId == ticketId).Select(n => n.Status).ToListAsync();
    }
}
