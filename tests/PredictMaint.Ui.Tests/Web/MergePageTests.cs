using Microsoft.Playwright;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ui.Tests.Fixtures;

namespace PredictMaint.Ui.Tests.Web;

[Collection(UiGroup.Name)]
public sealed class MergePageTests(UiServer server)
{
    [Fact]
    public async Task TicketPage_PlannerMergesDuplicate_CancelledLinkedAndAuditedOnBoth()
    {
        var (site, device) = (FieldService.NewId("site-merge"), Predictions.NewDeviceId());
        var target = await server.ProposeAsync(Predictions.For(device, server.Clock.Now, site: site));
        var duplicate = await server.ProposeAsync(Predictions.For(device, server.Clock.Now, leadTimeDays: 2, site: site) with { Component = Component.Pump });
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);

        await page.GotoAsync($"/planner/tickets/{duplicate}");
        await page.GetByLabel("Merge this ticket into").SelectOptionAsync(target.ToString());
        await page.GetByLabel("Why (optional)").FillAsync("same clogged inlet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Merged into ticket");
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Cancelled");
        await Assertions.Expect(page.Locator("#audit-trail tbody tr").Last).ToContainTextAsync("MergedInto");
        var stored = await server.TicketAsync(duplicate);
        Assert.Equal(target.ToString(), stored.GetProperty("merged_into_id").GetString());
        await page.Locator("#merged-into a").ClickAsync();
        await Assertions.Expect(page.Locator("#duplicates")).ToContainTextAsync("pump");
        await Assertions.Expect(page.Locator("#audit-trail tbody tr").Last).ToContainTextAsync("MergedFrom");
        Assert.Equal("P2", (await server.TicketAsync(target)).GetProperty("priority").GetString());
    }
}
