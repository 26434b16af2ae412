using System.Net;
using PredictMaint.Ticketing.Tests.Fixtures;
using static PredictMaint.Ticketing.Tests.Fixtures.FieldServiceApi;

namespace PredictMaint.Ticketing.Tests.Persistence;

/// <summary>
/// Several planners book different tickets at once and only one filter is on the shelf: exactly
/// one booking wins, the others get 409 for lack of stock. Runs on SQLite and PostgreSQL.
/// </summary>
public abstract class LastPartBookingTests(TicketingServer server) : IDisposable
{
    private const int Bookings = 6;
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task Book_ConcurrentForLastPart_ExactlyOneWins()
    {
        var region = NewId("region");
        var site = NewId("site");
        var depot = NewId("depot");
        await admin.PutSiteAsync(site, region);
        // Enough technicians that a free technician is never what decides.
        for (var i = 0; i < Bookings; i++)
        {
            await admin.PutTechnicianAsync($"tech-{i}-{region}", region);
        }

        await admin.PutDepotAsync(depot, region, filters: 1);
        var tickets = new List<PredictMaint.Ticketing.Api.TicketDto>();
        for (var i = 0; i < Bookings; i++)
        {
            tickets.Add(await server.OfferedTicketAsync(site));
        }

        var responses = await Task.WhenAll(tickets.Select(t => planner.TransitionAsync(t.Id, t.Version, Book(MondayNineBerlin))));

        Assert.Equal(
            [HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.Conflict, Bookings - 1)],
            responses.Select(r => r.StatusCode).OrderBy(s => (int)s));
        foreach (var loser in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Contains("No dispatch without stock", await loser.ReadProblemDetailAsync(), StringComparison.Ordinal);
        }

        var stock = await planner.FilterStockAsync(depot);
        Assert.Equal((1, 1, 0), (stock.Quantity, stock.Reserved, stock.Available));
        var booked = await planner.GetTicketsAsync("?state=Booked&site=" + site);
        Assert.Equal("Active", Assert.Single(booked).ReservationStatus);
        Assert.Empty(server.Log.Errors);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            admin.Dispose();
            planner.Dispose();
        }
    }
}
