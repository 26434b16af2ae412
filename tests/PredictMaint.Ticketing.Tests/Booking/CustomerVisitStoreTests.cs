using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;
using static PredictMaint.Ticketing.Tests.Fixtures.FieldServiceApi;

namespace PredictMaint.Ticketing.Tests.Booking;

/// <summary>
/// The booking page's server side on the real service: which slots a customer sees (never after
/// the latest safe time, never without stock or a free technician), and booking and rescheduling
/// through the workflow with the part reserved and the link used up.
/// </summary>
public sealed class CustomerVisitStoreTests(CustomerMessagesServer server) : IClassFixture<CustomerMessagesServer>, IDisposable
{
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);
    private readonly string region = NewId("region");
    private readonly string site = NewId("site");
    private readonly string depot = NewId("depot");

    [Fact]
    public async Task SlotsAsync_StockAndCrew_AtLeastThreeAllEndingBeforeTheLatestSafeTime()
    {
        await WorldAsync(filters: 5);
        var ticket = await OfferedAsync(leadTimeHours: 100);

        var slots = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().SlotsAsync(ticket.Id));

        Assert.True(slots.Count >= 3, $"{slots.Count} slots");
        Assert.All(slots, s => Assert.True(s.End <= ticket.FailureWindowStart && !s.Late, $"{s.Start:O}-{s.End:O}"));
        Assert.All(slots, s => Assert.Equal((depot, "tech-" + region), (s.DepotId, s.TechnicianId)));
    }

    [Fact]
    public async Task SlotsAsync_NoStock_NoneAndBookingRefused()
    {
        // A pump technician, but no depot anywhere holds a pump (the fixture's depots stock filters only).
        await WorldAsync(filters: 5);
        await admin.PutTechnicianAsync("pump-" + region, region, skill: "pump");
        var ticket = await OfferedAsync(leadTimeHours: 100, component: "pump");

        var slots = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().SlotsAsync(ticket.Id));
        var (outcome, _) = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().BookAsync(Link(s, ticket.Id), $"{MondayNineBerlin.UtcTicks}|pump-{region}|{depot}"));

        Assert.Empty(slots);
        Assert.Equal(CustomerVisitOutcome.SlotGone, outcome);
        Assert.Equal(TicketState.Offered, (await TicketAsync(ticket.Id)).State);
    }

    [Fact]
    public async Task SlotsAsync_OnlyLateSlots_NoneAndALateSlotCannotBeBookedByTheCustomer()
    {
        await WorldAsync(filters: 5);
        // Failure window from 01:00 on Sunday: the technician's first free hour (Monday 08:00) is too late.
        var ticket = await OfferedAsync(leadTimeHours: 13);
        var plannerPlan = await InScopeAsync(async s => (await s.GetRequiredService<TicketSlots>().ForTicketAsync(ticket.Id, 3, default)).Plan!);
        var late = Assert.IsType<PredictMaint.Ticketing.Domain.FieldService.Slot>(plannerPlan.Plan.Slots[0]);

        var slots = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().SlotsAsync(ticket.Id));
        var (outcome, _) = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().BookAsync(Link(s, ticket.Id), CustomerSlots.Key(late)));

        Assert.True(late.Late);
        Assert.Empty(slots);
        Assert.Equal(CustomerVisitOutcome.SlotGone, outcome);
        Assert.Equal(0, (await planner.FilterStockAsync(depot)).Reserved);
    }

    [Fact]
    public async Task BookAsync_ThenSameLinkAgain_BookedOnceWithPartReserved()
    {
        await WorldAsync(filters: 5);
        var ticket = await OfferedAsync(leadTimeHours: 100);
        var token = await InScopeAsync(s => Task.FromResult(s.GetRequiredService<OfferLinkSigner>().Create(ticket.Id, OfferLinkPurpose.Booking, server.Clock.Now.AddDays(1))));
        var slots = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().SlotsAsync(ticket.Id));

        var first = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().BookAsync(Verify(s, token), CustomerSlots.Key(slots[1])));
        var second = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().BookAsync(Verify(s, token), CustomerSlots.Key(slots[2])));

        Assert.Equal(CustomerVisitOutcome.Done, first.Outcome);
        Assert.Equal(CustomerVisitOutcome.LinkAlreadyUsed, second.Outcome);
        var booked = await TicketAsync(ticket.Id);
        Assert.Equal((TicketState.Booked, (DateTimeOffset?)slots[1].Start, "Active", depot), (booked.State, booked.SlotStart, booked.ReservationStatus, booked.ReservedDepotId));
        Assert.Equal(1, (await planner.FilterStockAsync(depot)).Reserved);
        using var history = await planner.GetAsync(new Uri($"/api/tickets/{ticket.Id}/history", UriKind.Relative));
        var audit = await history.Content.ReadAsStringAsync();
        Assert.Contains("\"role\":\"customer\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"offer-relay\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RescheduleAsync_Booked_MovesVisitAndReservationStaysSingle()
    {
        await WorldAsync(filters: 2);
        var ticket = await OfferedAsync(leadTimeHours: 100);
        var slots = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().SlotsAsync(ticket.Id));
        Assert.Equal(CustomerVisitOutcome.Done, (await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().BookAsync(Link(s, ticket.Id), CustomerSlots.Key(slots[0])))).Outcome);
        var again = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().SlotsAsync(ticket.Id));
        var later = again[^1];

        var (outcome, reason) = await InScopeAsync(s => s.GetRequiredService<CustomerVisitStore>().RescheduleAsync(ticket.Id, CustomerSlots.Key(later)));

        Assert.True(outcome == CustomerVisitOutcome.Done, reason);
        var moved = await TicketAsync(ticket.Id);
        Assert.Equal((TicketState.Booked, (DateTimeOffset?)later.Start, (DateTimeOffset?)later.End, "Active"), (moved.State, moved.SlotStart, moved.SlotEnd, moved.ReservationStatus));
        // One hold, not two: the old one was released when the new one was taken.
        var stock = await planner.FilterStockAsync(depot);
        Assert.Equal((2, 1, 1), (stock.Quantity, stock.Reserved, stock.Available));
    }

    public void Dispose()
    {
        admin.Dispose();
        planner.Dispose();
    }

    private async Task WorldAsync(int filters)
    {
        await admin.PutSiteAsync(site, region);
        await admin.PutTechnicianAsync("tech-" + region, region);
        await admin.PutDepotAsync(depot, region, filters);
    }

    /// <summary>A filter ticket at the test's site, approved by a planner and offered by the relay once the mail went out.</summary>
    private async Task<TicketDto> OfferedAsync(double leadTimeHours, string component = "filter")
    {
        using var predictor = server.CreateClient(TicketingServer.PredictorKey);
        using var posted = await predictor.PostPredictionAsync(
            TestPredictions.For(TestPredictions.NewDeviceId(), component, leadTimeHours: leadTimeHours, issuedAt: server.Clock.Now) with { SiteId = site });
        var ticket = await planner.TransitionOkAsync(await posted.ReadTicketAsync(), """{"action":"approve"}""");
        return await Eventually.WaitAsync(() => TicketAsync(ticket.Id), t => t.State == TicketState.Offered, TimeSpan.FromSeconds(30), "the relay to offer the ticket");
    }

    private async Task<TicketDto> TicketAsync(Guid id)
    {
        using var response = await planner.GetAsync(new Uri($"/api/tickets/{id}", UriKind.Relative));
        return await response.ReadTicketAsync();
    }

    private OfferLink Link(IServiceProvider services, Guid ticketId)
    {
        var signer = services.GetRequiredService<OfferLinkSigner>();
        return signer.Verify(signer.Create(ticketId, OfferLinkPurpose.Booking, server.Clock.Now.AddDays(1)));
    }

    private static OfferLink Verify(IServiceProvider services, string token) => services.GetRequiredService<OfferLinkSigner>().Verify(token);

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }
}
