using Microsoft.Playwright;
using PredictMaint.Ui.Tests.Fixtures;
using static PredictMaint.Ui.Tests.Fixtures.FieldService;

namespace PredictMaint.Ui.Tests.Web;

[Collection(UiGroup.Name)]
public sealed class DispatchPageTests(UiServer server)
{
    [Fact]
    public async Task Board_PlannerReassignsWithKeyboard_VisitAndReservationMoveToOtherTechnicianAndDepot()
    {
        var (region, otherRegion) = (NewId("north"), NewId("south"));
        var (site, home, away) = (NewId("site"), NewId("anna"), NewId("ben"));
        var (homeDepot, awayDepot) = (NewId("depot-n"), NewId("depot-s"));
        await server.AddSiteAsync(site, site + "@example.com", region: region);
        await server.PutTechnicianAsync(home, "Anna Home", region);
        await server.PutTechnicianAsync(away, "Ben Away", otherRegion);
        await server.PutDepotAsync(homeDepot, region, filters: 2);
        await server.PutDepotAsync(awayDepot, otherRegion, filters: 2);
        var ticket = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, site: site));
        await server.BookAsync(ticket, MondayNineBerlin, home);
        await using var context = await server.NewContextAsync(1366, 768);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);

        await page.GotoAsync($"/planner/dispatch?region={region}&date=2031-03-17&view=week");
        await Assertions.Expect(page.Locator($"#calendar tr[data-technician='{home}'] td[data-date='2031-03-17'] a.visit[data-ticket='{ticket}']")).ToContainTextAsync("09:00–10:00");
        await Assertions.Expect(page.Locator($".depot[data-depot='{homeDepot}'] tr[data-part='FLT-200'] td.reserved")).ToHaveTextAsync("1");
        await Screenshots.SaveAsync(page, "dispatch");
        var picker = page.GetByLabel("Technician for");
        await picker.FocusAsync();
        await picker.SelectOptionAsync(away);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Booked → Assigned");
        var stored = await server.TicketAsync(ticket);
        Assert.Equal((away, away, awayDepot, "Active"), (stored.GetProperty("technician_id").GetString(), stored.GetProperty("booked_technician_id").GetString(), stored.GetProperty("reserved_depot_id").GetString(), stored.GetProperty("reservation_status").GetString()));
        await Assertions.Expect(page.Locator($".depot[data-depot='{homeDepot}'] tr[data-part='FLT-200'] td.reserved")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator($"#calendar a.visit[data-ticket='{ticket}']")).ToHaveCountAsync(0);
        await page.GotoAsync($"/planner/dispatch?region={otherRegion}&date=2031-03-17&view=day");
        await Assertions.Expect(page.Locator($"#calendar tr[data-technician='{away}'] a.visit[data-ticket='{ticket}']")).ToContainTextAsync("Assigned");
        await Assertions.Expect(page.Locator($".depot[data-depot='{awayDepot}'] tr[data-ticket='{ticket}']")).ToHaveCountAsync(1);
    }
}
