using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PredictMaint.Testing.Waiting;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

/// <summary>
/// SLA timers on the real service: due times on a Berlin site across the spring DST change,
/// warning and escalation fired by the monitor, pause while offered, and a restart after a
/// long outage. Default calendar (Mon-Fri 08:00-17:00); P2 = 4 h response, 45 h resolution.
/// </summary>
public sealed class SlaMonitorTests(SlaTicketingServer server) : IClassFixture<SlaTicketingServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // Friday 2040-03-23 16:00 CET; Berlin moves to CEST on Sunday 2040-03-25.
    private static readonly DateTimeOffset FridayAfternoon = new(2040, 3, 23, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ticket_BerlinAcrossSpringForward_DueTimesInLocalHoursThenWarningAndOneEscalation()
    {
        server.Clock.Now = FridayAfternoon;
        var site = await PutSiteAsync("Europe/Berlin");
        var ticket = await ReportAsync(site, "P2");

        // Response: 1 h Friday + 3 h Monday from 08:00 CEST = 11:00 CEST. Resolution: 1 + 4×9 + 8 h = Friday 30th 16:00 CEST.
        Assert.Equal(new DateTimeOffset(2040, 3, 26, 9, 0, 0, TimeSpan.Zero), ticket.Sla!.ResponseDueAt);
        Assert.Equal(new DateTimeOffset(2040, 3, 30, 14, 0, 0, TimeSpan.Zero), ticket.Sla.ResolutionDueAt);

        server.Clock.Now = new DateTimeOffset(2040, 3, 26, 8, 30, 0, TimeSpan.Zero);
        await WaitForEventsAsync(ticket.Id, SlaEvents.Warning, 1);

        server.Clock.Now = new DateTimeOffset(2040, 3, 26, 9, 1, 0, TimeSpan.Zero);
        var escalated = await Eventually.WaitAsync(() => GetAsync(ticket.Id), t => t.Sla!.EscalationLevel == 1, Patience, "escalation level 1");
        await WaitForMonitorCyclesAsync(3);

        Assert.True(escalated.Sla!.ResponseBreached);
        Assert.Equal((1, 1), (await CountEventsAsync(ticket.Id, SlaEvents.Warning), await CountEventsAsync(ticket.Id, SlaEvents.Escalated)));
    }

    [Fact]
    public async Task Ticket_OfferedToCustomer_ClockPausedThenResumed()
    {
        server.Clock.Now = new DateTimeOffset(2040, 5, 7, 9, 0, 0, TimeSpan.Zero); // Monday, UTC site
        var site = await PutSiteAsync("UTC");
        var ticket = await ReportAsync(site, "P2");
        using var planner = server.CreateClient(TicketingServer.PlannerKey);
        ticket = await planner.TransitionOkAsync(ticket, """{"action":"approve"}""");
        ticket = await planner.TransitionOkAsync(ticket, """{"action":"offer"}""");
        var offered = await GetAsync(ticket.Id);

        // Paused from Monday 09:00 to Tuesday 09:00 = 9 business hours.
        server.Clock.Now = new DateTimeOffset(2040, 5, 8, 9, 0, 0, TimeSpan.Zero);
        await planner.TransitionOkAsync(ticket, $$"""{"action":"book","slot_start":"2040-05-10T09:00:00Z"}""");
        var booked = await GetAsync(ticket.Id);

        Assert.Equal((true, (DateTimeOffset?)null), (offered.Sla!.Paused, offered.Sla.ResolutionDueAt));
        Assert.Equal(new DateTimeOffset(2040, 5, 7, 9, 0, 0, TimeSpan.Zero), offered.Sla.RespondedAt);
        // 45 h from Monday 09:00 plus 9 h paused = 54 h: Mon 8 + Tue-Fri 4×9 = 44, next Mon 9 = 53, then 1 h on Tuesday 15th.
        Assert.Equal((false, new DateTimeOffset(2040, 5, 15, 9, 0, 0, TimeSpan.Zero)), (booked.Sla!.Paused, booked.Sla.ResolutionDueAt));
    }

    [Fact]
    public async Task Monitor_RestartAfterOutage_OverdueEscalationFiresExactlyOnce()
    {
        server.Clock.Now = new DateTimeOffset(2040, 6, 4, 9, 0, 0, TimeSpan.Zero); // Monday
        var site = await PutSiteAsync("America/New_York");
        var ticket = await ReportAsync(site, "P1");
        Assert.Equal(0, await CountEventsAsync(ticket.Id, SlaEvents.Escalated));

        // Down for two weeks: response and resolution long overdue, every escalation interval passed.
        await server.RestartAsync(() => server.Clock.Now = new DateTimeOffset(2040, 6, 18, 15, 0, 0, TimeSpan.Zero));
        var escalated = await Eventually.WaitAsync(() => GetAsync(ticket.Id), t => t.Sla!.EscalationLevel > 0, Patience, "an escalation after the restart");
        await WaitForMonitorCyclesAsync(3);

        Assert.Equal((1, true, true), (escalated.Sla!.EscalationLevel, escalated.Sla.ResponseBreached, escalated.Sla.ResolutionBreached));
        Assert.Equal(1, await CountEventsAsync(ticket.Id, SlaEvents.Escalated));
        Assert.Equal(1, (await GetAsync(ticket.Id)).Sla!.EscalationLevel);
    }

    private async Task<string> PutSiteAsync(string timeZone)
    {
        var id = "sla-" + Guid.NewGuid().ToString("N")[..12];
        using var admin = server.CreateClient(TicketingServer.AdminKey);
        using var response = await admin.PutAsync(
            new Uri($"/api/sites/{id}", UriKind.Relative),
            new StringContent(
                $$"""{"customer_id":"cust-1","customer_name":"Water Works","region":"{{FieldServiceSeed.Region}}","time_zone":"{{timeZone}}","latitude":52.5,"longitude":13.4,"language":"en","email":"ops@example.com"}""",
                Encoding.UTF8,
                "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    private async Task<TicketDto> ReportAsync(string site, string priority)
    {
        using var dispatch = server.CreateClient(TicketingServer.DispatchKey);
        using var response = await dispatch.PostAsync(
            new Uri("/api/tickets", UriKind.Relative),
            new StringContent(
                $$"""{"kind":"corrective","site":"{{site}}","device":"{{TestPredictions.NewDeviceId()}}","component":"pump","priority":"{{priority}}","description":"Pump stopped."}""",
                Encoding.UTF8,
                "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await GetAsync((await response.ReadTicketAsync()).Id);
    }

    private async Task<TicketDto> GetAsync(Guid id)
    {
        using var planner = server.CreateClient(TicketingServer.PlannerKey);
        return await planner.GetFromJsonAsync(new Uri($"/api/tickets/{id}", UriKind.Relative), TicketingJsonContext.Default.TicketDto)
            ?? throw new InvalidOperationException("No ticket.");
    }

    private async Task<int> CountEventsAsync(Guid ticketId, string type)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        return await db.OutboxMessages.CountAsync(m => m.TicketId == ticketId && m.Type == type);
    }

    private Task<int> WaitForEventsAsync(Guid ticketId, string type, int count) =>
        Eventually.WaitAsync(() => CountEventsAsync(ticketId, type), n => n >= count, Patience, $"{count} {type} event(s)");

    /// <summary>Waits until the monitor has finished <paramref name="more"/> further cycles, so anything it would fire twice has had the chance.</summary>
    private async Task WaitForMonitorCyclesAsync(int more)
    {
        var monitor = server.Services.GetServices<IHostedService>().OfType<SlaMonitor>().Single();
        var target = monitor.Cycles + more;
        await Eventually.WaitAsync(() => Task.FromResult(monitor.Cycles), c => c >= target, Patience, $"{more} more SLA monitor cycles");
    }
}
