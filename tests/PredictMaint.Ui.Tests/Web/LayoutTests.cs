using PredictMaint.Ui.Tests.Fixtures;

namespace PredictMaint.Ui.Tests.Web;

/// <summary>The planner pages at tablet and laptop widths: nothing wider than the screen, every control named.</summary>
[Collection(UiGroup.Name)]
public sealed class LayoutTests(UiServer server)
{
    /// <summary>Visible form controls with no accessible name (label, aria-label(ledby), title, or a button's text).</summary>
    private const string UnnamedControls = """
        () => [...document.querySelectorAll('input, select, textarea, button')]
            .filter(el => el.type !== 'hidden' && el.offsetParent !== null)
            .filter(el => {
                const labelled = [...(el.labels || [])].some(l => l.textContent.trim().length > 0);
                const byIds = (el.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean)
                    .some(id => (document.getElementById(id)?.textContent || '').trim().length > 0);
                const text = el.tagName === 'BUTTON' && el.textContent.trim().length > 0;
                return !(labelled || byIds || text || (el.getAttribute('aria-label') || '').trim() || (el.title || '').trim());
            })
            .map(el => el.outerHTML.slice(0, 120))
        """;

    [Theory]
    [InlineData(768, 1024)]
    [InlineData(1366, 768)]
    public async Task PlannerPages_TabletAndLaptop_NoHorizontalOverflowAndEveryControlNamed(int width, int height)
    {
        var region = FieldService.NewId("layout");
        var site = FieldService.NewId("site");
        await server.AddSiteAsync(site, site + "@example.com", region: region);
        await server.PutTechnicianAsync(FieldService.NewId("lee"), "Lee Layout", region);
        await server.PutDepotAsync(FieldService.NewId("depot"), region, filters: 1);
        var ticket = await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, site: site));
        await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, site: site));
        await using var context = await server.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);

        foreach (var path in new[] { "/planner", $"/planner/tickets/{ticket}", $"/planner/dispatch?region={region}", "/planner/kpis" })
        {
            await page.GotoAsync(path);
            var (scroll, viewport) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
            Assert.True(scroll <= viewport, $"{path} at {width}px is {scroll}px wide");
            Assert.Empty(await page.EvaluateAsync<string[]>(UnnamedControls));
        }
    }
}
