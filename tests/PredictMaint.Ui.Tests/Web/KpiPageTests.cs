using System.Globalization;
using System.Text.Json;
using PredictMaint.Ui.Tests.Fixtures;
using static PredictMaint.Ui.Tests.Fixtures.FieldService;

namespace PredictMaint.Ui.Tests.Web;

[Collection(UiGroup.Name)]
public sealed class KpiPageTests(UiServer server)
{
    [Fact]
    public async Task Dashboard_SeededModelVersion_ChartsAndTablesShowTheApiNumbers()
    {
        var (region, site, technician, depot, model) = (NewId("kpi"), NewId("site"), NewId("kim"), NewId("depot"), NewId("rul-kpi"));
        await server.AddSiteAsync(site, site + "@example.com", region: region);
        await server.PutTechnicianAsync(technician, "Kim Kpi", region);
        await server.PutDepotAsync(depot, region, filters: 5);
        var tickets = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            tickets.Add(await server.ProposeAsync(Predictions.For(Predictions.NewDeviceId(), server.Clock.Now, leadTimeDays: 10 + i, site: site) with { ModelVersion = model }));
        }

        await server.BookAsync(tickets[0], MondayNineBerlin, technician);
        await server.ResolveAsync(tickets[0], technician, "confirms_prediction");
        await server.BookAsync(tickets[1], MondayNineBerlin.AddHours(2), technician);
        await server.ResolveAsync(tickets[1], technician, "contradicts_prediction");
        await server.TransitionAsync(UiServer.PlannerKey, tickets[2], """{"action":"approve"}""");
        await using var context = await server.NewContextAsync(1366, 768);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.PlannerName, UiServer.PlannerPassword);

        await page.GotoAsync($"/planner/kpis?model_version={model}");

        var period = page.Locator("#period");
        var (from, to) = (await period.GetAttributeAsync("data-from"), await period.GetAttributeAsync("data-to"));
        var api = await server.GetJsonAsync($"/api/kpis?from={Uri.EscapeDataString(from!)}&to={Uri.EscapeDataString(to!)}&model_version={model}");
        Assert.Equal((3, 0.5), (api.GetProperty("tickets").GetInt32(), api.GetProperty("precision").GetDouble()));
        Assert.Equal("3", await page.Locator("#ticket-count").TextContentAsync());
        Assert.Equal(50, await BarAsync(page, "precision-chart", model));
        Assert.Equal("50 %", await page.Locator($"#by-model tr[data-model='{model}'] td.precision").TextContentAsync());
        Assert.Equal(Hours(api, "lead_time_achieved"), await BarAsync(page, "lead-chart", model));
        Assert.Equal(Hours(api, "first_response"), await BarAsync(page, "response-chart", "First response, median"));
        Assert.Equal(Hours(api, "time_to_resolve"), await BarAsync(page, "response-chart", "Time to resolve, median"));
        Assert.Equal(api.GetProperty("first_time_fix_rate").GetDouble() * 100, await BarAsync(page, "quality-chart", "First-time fix"));
        var backlog = string.Join(' ', api.GetProperty("backlog").EnumerateArray().Select(d => d.GetProperty("open").GetInt32().ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(backlog, await page.Locator("#backlog-chart polyline.backlog").GetAttributeAsync("data-values"));
        Assert.Equal(30, backlog.Split(' ').Length);
        await Screenshots.SaveAsync(page, "kpi");
    }

    [Fact]
    public async Task Dashboard_Technician_SentToNotAllowedLikeTheApi()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, UiServer.TechnicianName, UiServer.TechnicianPassword);

        await page.GotoAsync("/planner/kpis");

        Assert.EndsWith("/denied", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#period").CountAsync());
    }

    private static async Task<double?> BarAsync(Microsoft.Playwright.IPage page, string chart, string label)
    {
        var value = await page.Locator($"#{chart} rect.bar[data-label='{label}']").GetAttributeAsync("data-value");
        return string.IsNullOrEmpty(value) ? null : double.Parse(value, CultureInfo.InvariantCulture);
    }

    private static double? Hours(JsonElement report, string distribution) =>
        report.GetProperty(distribution).GetProperty("median_hours") is { ValueKind: JsonValueKind.Number } hours ? hours.GetDouble() : null;
}
