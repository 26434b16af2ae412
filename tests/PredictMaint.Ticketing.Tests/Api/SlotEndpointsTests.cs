using System.Net;
using System.Net.Http.Json;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Fixtures;
using static PredictMaint.Ticketing.Tests.Fixtures.FieldServiceApi;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class SlotEndpointsTests(UnseededTicketingServer server) : IClassFixture<UnseededTicketingServer>, IDisposable
{
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly string region = NewId("region");
    private readonly string site = NewId("site");

    [Fact]
    public async Task Get_StockAndTechnician_SlotsEndByLatestSafeTimeInWorkingHours()
    {
        await WorldAsync(filters: 1);
        var ticket = await server.OfferedTicketAsync(site);

        var plan = await SlotsAsync(ticket.Id, count: 50);

        Assert.True(plan.OnTime);
        Assert.Equal(ticket.FailureWindowStart, plan.LatestSafeTime);
        // From Sunday 2040-01-01 00:00 UTC to the window start, Wednesday 16:00 UTC (17:00 local): Monday to Wednesday, 9 each.
        Assert.Equal(27, plan.Slots.Count);
        Assert.All(plan.Slots, s =>
        {
            Assert.True(s.End <= ticket.FailureWindowStart && s.Start >= server.Clock.Now);
            Assert.InRange(s.StartLocal.Hour, 8, 16);
            Assert.Equal(TimeSpan.FromHours(1), s.StartLocal.Offset);
            Assert.Equal("tech-" + region, s.TechnicianId);
        });
    }

    [Fact]
    public async Task Get_BookedSlot_NoLongerOffered()
    {
        await WorldAsync(filters: 2);
        var booked = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));
        var other = await server.OfferedTicketAsync(site);

        var plan = await SlotsAsync(other.Id, count: 3);

        Assert.Equal([MondayNineBerlin.AddHours(-1), MondayNineBerlin.AddHours(1), MondayNineBerlin.AddHours(2)], plan.Slots.Select(s => s.Start));
        Assert.Equal(booked.SlotStart, MondayNineBerlin);
    }

    [Fact]
    public async Task Get_NoStockAnywhere_NotOnTimeNoSlotsWithReason()
    {
        await WorldAsync(filters: 0);
        await admin.PutTechnicianAsync("bearing-" + region, region, skill: "mechanical");
        var ticket = await server.OfferedTicketAsync(site, "bearing");

        var plan = await SlotsAsync(ticket.Id, count: 3);

        Assert.Equal((false, "no_stock"), (plan.OnTime, plan.Problem));
        Assert.Empty(plan.Slots);
        Assert.Contains("BRG-6204", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CountOutOfRange_400NamingCount()
    {
        await WorldAsync(filters: 1);
        var ticket = await server.OfferedTicketAsync(site);

        using var response = await planner.GetAsync(new Uri($"/api/tickets/{ticket.Id}/slots?count=0", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["count"], await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task Get_SiteNotInDirectory_409()
    {
        var ticket = await server.OfferedTicketAsync(NewId("unknown-site"));

        using var response = await planner.GetAsync(new Uri($"/api/tickets/{ticket.Id}/slots", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("not in the site directory", await response.ReadProblemDetailAsync(), StringComparison.Ordinal);
    }

    private async Task<SlotPlanDto> SlotsAsync(Guid ticketId, int count) =>
        await planner.GetFromJsonAsync(new Uri($"/api/tickets/{ticketId}/slots?count={count}", UriKind.Relative), TicketingJsonContext.Default.SlotPlanDto)
        ?? throw new InvalidOperationException("No plan.");

    private async Task WorldAsync(int filters)
    {
        await admin.PutSiteAsync(site, region);
        await admin.PutTechnicianAsync("tech-" + region, region);
        await admin.PutDepotAsync(NewId("depot"), region, filters);
    }

    public void Dispose()
    {
        admin.Dispose();
        planner.Dispose();
    }
}
