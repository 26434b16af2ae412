using System.Net;
using PredictMaint.Ticketing.Tests.Fixtures;
using static PredictMaint.Ticketing.Tests.Fixtures.FieldServiceApi;

namespace PredictMaint.Ticketing.Tests.Persistence;

/// <summary>The reservation lifecycle through the real API; runs on SQLite and PostgreSQL.</summary>
public abstract class PartReservationTests(TicketingServer server) : IDisposable
{
    private const string Resolve = """{"action":"resolve","findings":{"part_replaced":"FLT-200","condition":"confirms_prediction","readings_after_fix":{"pressure_drop_kpa":20.5}}}""";
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly HttpClient technician = server.CreateClient(TicketingServer.TechnicianKey);
    private readonly string region = NewId("region");
    private readonly string site = NewId("site");
    private readonly string depot = NewId("depot");

    [Fact]
    public async Task Book_PartInStock_ReservedAndShownOnTicket()
    {
        await WorldAsync(filters: 2);
        var ticket = await server.OfferedTicketAsync(site);

        var booked = await planner.TransitionOkAsync(ticket, Book(MondayNineBerlin));

        Assert.Equal((depot, "FLT-200", "Active", "tech-" + region), (booked.ReservedDepotId, booked.ReservedPartNumber, booked.ReservationStatus, booked.BookedTechnicianId));
        Assert.Equal(MondayNineBerlin.AddHours(1), booked.SlotEnd);
        var stock = await planner.FilterStockAsync(depot);
        Assert.Equal((2, 1, 1), (stock.Quantity, stock.Reserved, stock.Available));
    }

    [Fact]
    public async Task Cancel_BookedTicket_ReleasesPart()
    {
        await WorldAsync(filters: 1);
        var booked = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));

        var cancelled = await planner.TransitionOkAsync(booked, """{"action":"cancel","note":"customer moved away"}""");

        Assert.Equal("Released", cancelled.ReservationStatus);
        var stock = await planner.FilterStockAsync(depot);
        Assert.Equal((1, 0, 1), (stock.Quantity, stock.Reserved, stock.Available));
    }

    [Fact]
    public async Task Resolve_ReservedPartFitted_ConsumesStock()
    {
        await WorldAsync(filters: 3);
        var ticket = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));
        ticket = await planner.TransitionOkAsync(ticket, $$"""{"action":"assign","technician_id":"tech-{{region}}"}""");
        ticket = await technician.TransitionOkAsync(ticket, """{"action":"depart"}""");
        ticket = await technician.TransitionOkAsync(ticket, """{"action":"arrive"}""");

        var resolved = await technician.TransitionOkAsync(ticket, Resolve);

        Assert.Equal("Consumed", resolved.ReservationStatus);
        var stock = await planner.FilterStockAsync(depot);
        Assert.Equal((2, 0, 2), (stock.Quantity, stock.Reserved, stock.Available));
    }

    [Fact]
    public async Task Book_NoStockInRegionOrNamedDepot_409NamingDepotWithStock()
    {
        await WorldAsync(filters: 0);
        var elsewhere = NewId("depot-far");
        await admin.PutDepotAsync(elsewhere, NewId("other-region"), filters: 4, latitude: 48.1, longitude: 11.6);
        var ticket = await server.OfferedTicketAsync(site);

        using var response = await planner.TransitionAsync(ticket.Id, ticket.Version, Book(MondayNineBerlin, depotId: depot));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = await response.ReadProblemDetailAsync();
        Assert.Contains($"Depot {depot} has no FLT-200 available", detail, StringComparison.Ordinal);
        Assert.Contains($"{elsewhere} (4 available", detail, StringComparison.Ordinal);
        Assert.Equal(0, (await planner.FilterStockAsync(elsewhere)).Reserved);
    }

    [Fact]
    public async Task Book_NoStockAnywhere_409AndTicketStaysOffered()
    {
        // Other tests of this class stock filters elsewhere; no depot here ever holds a pump.
        await WorldAsync(filters: 0);
        await admin.PutTechnicianAsync("pump-tech-" + region, region, skill: "pump");
        var ticket = await server.OfferedTicketAsync(site, "pump");

        using var response = await planner.TransitionAsync(ticket.Id, ticket.Version, Book(MondayNineBerlin));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("No dispatch without stock", await response.ReadProblemDetailAsync(), StringComparison.Ordinal);
        using var current = await planner.GetAsync(new Uri($"/api/tickets/{ticket.Id}", UriKind.Relative));
        var unchanged = await current.ReadTicketAsync();
        Assert.Equal((ticket.State, ticket.Version, null), (unchanged.State, unchanged.Version, unchanged.ReservationStatus));
    }

    [Fact]
    public async Task Book_SiteNotInDirectory_409NamingTheSite()
    {
        var ticket = await server.OfferedTicketAsync(site);

        using var response = await planner.TransitionAsync(ticket.Id, ticket.Version, Book(MondayNineBerlin));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"Site '{site}' is not in the site directory", await response.ReadProblemDetailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_TechnicianOfAnotherRegion_ReservationMovesToTheirDepot()
    {
        await WorldAsync(filters: 2);
        var (otherRegion, otherDepot) = (NewId("region-b"), NewId("depot-b"));
        await admin.PutTechnicianAsync("tech-" + otherRegion, otherRegion);
        await admin.PutDepotAsync(otherDepot, otherRegion, filters: 3, latitude: 53.5, longitude: 10.0);
        var booked = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));

        var assigned = await planner.TransitionOkAsync(booked, $$"""{"action":"assign","technician_id":"tech-{{otherRegion}}"}""");

        Assert.Equal(("tech-" + otherRegion, "tech-" + otherRegion, otherDepot, "Active"), (assigned.TechnicianId, assigned.BookedTechnicianId, assigned.ReservedDepotId, assigned.ReservationStatus));
        Assert.Equal((MondayNineBerlin, MondayNineBerlin.AddHours(1)), (assigned.SlotStart, assigned.SlotEnd));
        Assert.Equal((2, 0), ((await planner.FilterStockAsync(depot)).Quantity, (await planner.FilterStockAsync(depot)).Reserved));
        Assert.Equal((3, 1), ((await planner.FilterStockAsync(otherDepot)).Quantity, (await planner.FilterStockAsync(otherDepot)).Reserved));
    }

    [Fact]
    public async Task Assign_OtherTechnicianSameRegion_PartStaysHeldOnce()
    {
        await WorldAsync(filters: 1);
        var colleague = NewId("tech-colleague");
        await admin.PutTechnicianAsync(colleague, region);
        var booked = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));

        var assigned = await planner.TransitionOkAsync(booked, $$"""{"action":"assign","technician_id":"{{colleague}}"}""");

        Assert.Equal((colleague, depot, "Active"), (assigned.BookedTechnicianId, assigned.ReservedDepotId, assigned.ReservationStatus));
        var stock = await planner.FilterStockAsync(depot);
        Assert.Equal((1, 1, 0), (stock.Quantity, stock.Reserved, stock.Available));
    }

    [Fact]
    public async Task Assign_TechnicianAlreadyBookedThen_409AndReservationStays()
    {
        await WorldAsync(filters: 2);
        var busy = NewId("tech-busy");
        await admin.PutTechnicianAsync(busy, region);
        await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), $$"""{"action":"book","slot_start":"{{MondayNineBerlin.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}","technician_id":"{{busy}}"}""");
        var booked = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));
        Assert.Equal("tech-" + region, booked.BookedTechnicianId);

        using var response = await planner.TransitionAsync(booked.Id, booked.Version, $$"""{"action":"assign","technician_id":"{{busy}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"Technician {busy} is not free", await response.ReadProblemDetailAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await planner.FilterStockAsync(depot)).Reserved);
    }

    [Fact]
    public async Task Assign_ReopenedTicket_ReservesThePartForTheRevisit()
    {
        await WorldAsync(filters: 3);
        var ticket = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));
        ticket = await planner.TransitionOkAsync(ticket, $$"""{"action":"assign","technician_id":"tech-{{region}}"}""");
        ticket = await technician.TransitionOkAsync(ticket, """{"action":"depart"}""");
        ticket = await technician.TransitionOkAsync(ticket, """{"action":"arrive"}""");
        ticket = await technician.TransitionOkAsync(ticket, Resolve);
        ticket = await planner.TransitionOkAsync(ticket, """{"action":"close","customer_confirmed":true}""");
        ticket = await planner.TransitionOkAsync(ticket, """{"action":"reopen","note":"still leaking"}""");
        using var withoutSlot = await planner.TransitionAsync(ticket.Id, ticket.Version, $$"""{"action":"assign","technician_id":"tech-{{region}}"}""");
        Assert.Equal(HttpStatusCode.Conflict, withoutSlot.StatusCode);
        Assert.Contains("slot_start", await withoutSlot.ReadProblemDetailAsync(), StringComparison.Ordinal);

        var revisit = MondayNineBerlin.AddDays(1);
        var assigned = await planner.TransitionOkAsync(ticket, $$"""{"action":"assign","technician_id":"tech-{{region}}","slot_start":"{{revisit.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""");

        Assert.Equal(("Active", depot, revisit), (assigned.ReservationStatus, assigned.ReservedDepotId, assigned.SlotStart));
        var stock = await planner.FilterStockAsync(depot);
        Assert.Equal((2, 1), (stock.Quantity, stock.Reserved));
    }

    [Fact]
    public async Task Merge_BookedDuplicate_CancelledAndPartReleased()
    {
        await WorldAsync(filters: 2);
        var target = await server.OfferedTicketAsync(site);
        var duplicate = await planner.TransitionOkAsync(await server.OfferedTicketAsync(site), Book(MondayNineBerlin));

        using var response = await planner.MergeAsync(duplicate, target.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await response.ReadTicketAsync();
        Assert.Equal(("Cancelled", target.Id, "Released"), (merged.State.ToString(), merged.MergedIntoId, merged.ReservationStatus));
        Assert.Equal(0, (await planner.FilterStockAsync(depot)).Reserved);
    }

    private async Task WorldAsync(int filters)
    {
        await admin.PutSiteAsync(site, region);
        await admin.PutTechnicianAsync("tech-" + region, region);
        await admin.PutDepotAsync(depot, region, filters);
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
            technician.Dispose();
        }
    }
}
