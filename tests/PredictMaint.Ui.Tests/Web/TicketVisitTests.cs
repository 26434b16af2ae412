using Microsoft.Playwright;
using PredictMaint.Ui.Tests.Fixtures;
using static PredictMaint.Ui.Tests.Fixtures.FieldService;

namespace PredictMaint.Ui.Tests.Web;

[Collection(UiGroup.Name)]
public sealed class TicketVisitTests(UiServer server)
{
    [Fact]
    public async Task TicketPage_ReopenedTicket_PlannerAssignsRevisitAndPartIsReservedAgain()
    {
        var (region, site, technician, depot) = (NewId("visit"), NewId("site"), NewId("val"), NewId("depot"));
        await server.AddSiteAsync(site, site + "@example.com", region: region);
        await server.PutTechnicianAsync(technician, "Val Visit", region);
        await server.PutDepotAsync(depot, region, filters: 3);
        var ticket = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, site: site));
        await server.BookAsync(ticket, MondayNineBerlin, technician);
        await server.ResolveAsync(ticket, technician, "confirms_prediction");
        await server.TransitionAsync(UiServer.PlannerKey, ticket, """{"action":"close","customer_confirmed":true}""");
        await server.TransitionAsync(UiServer.PlannerKey, ticket, """{"action":"reopen","note":"leaking again"}""");
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);

        await page.GotoAsync($"/planner/tickets/{ticket}");
        await Assertions.Expect(page.Locator("#reservation")).ToContainTextAsync("Consumed");
        await page.GetByLabel("Technician for the revisit").SelectOptionAsync(technician);
        await page.GetByLabel("Revisit start (site's clock)").FillAsync("2031-03-18T14:00");
        await page.Locator("#assign").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Reopened → Assigned");
        await Assertions.Expect(page.Locator("#reservation")).ToContainTextAsync($"FLT-200 from {depot}: Active");
        await Assertions.Expect(page.Locator("#slot")).ToContainTextAsync("2031-03-18 14:00 +01:00");
        var stock = await server.GetJsonAsync($"/api/depots/{depot}/stock");
        Assert.Equal((2, 1), (stock[0].GetProperty("quantity").GetInt32(), stock[0].GetProperty("reserved").GetInt32()));
    }
}
