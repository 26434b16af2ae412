using System.Net;
using System.Net.Http.Json;
using System.Text;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class SiteEndpointsTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task Put_NewSite_Creates201ThenReadable()
    {
        var id = NewSiteId();

        using var created = await PutAsync(admin, id, Body("east"));
        var site = await planner.GetFromJsonAsync(new Uri($"/api/sites/{id}", UriKind.Relative), TicketingJsonContext.Default.SiteBody);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((id, "Asia/Shanghai", "zh-CN", "east", 1), (site!.Id, site.TimeZoneId, site.Language, site.Region, site.Version));
    }

    [Fact]
    public async Task Put_ExistingSite_ReplacesAndBumpsVersion()
    {
        var id = NewSiteId();
        using var first = await PutAsync(admin, id, Body("east"));

        using var second = await PutAsync(admin, id, Body("north"));
        var site = await second.Content.ReadFromJsonAsync(TicketingJsonContext.Default.SiteBody);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(("north", 2), (site!.Region, site.Version));
    }

    [Fact]
    public async Task Put_InvalidFields_400NamingEachAndNothingStored()
    {
        var id = NewSiteId();
        var body = Body("east").Replace("Asia/Shanghai", "Nowhere/Land", StringComparison.Ordinal).Replace("zh-CN", "fr", StringComparison.Ordinal);

        using var response = await PutAsync(admin, id, body);
        using var lookup = await planner.GetAsync(new Uri($"/api/sites/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["language", "time_zone"], (await response.ReadProblemFieldsAsync()).Order());
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Put_MalformedJson_400()
    {
        using var response = await PutAsync(admin, NewSiteId(), "{\"region\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Put_AsPlanner_403()
    {
        using var response = await PutAsync(planner, NewSiteId(), Body("east"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_ByRegion_OnlyThatRegion()
    {
        var region = "region-" + Guid.NewGuid().ToString("N")[..8];
        var (a, b) = (NewSiteId(), NewSiteId());
        using var first = await PutAsync(admin, a, Body(region));
        using var second = await PutAsync(admin, b, Body(region));
        using var other = await PutAsync(admin, NewSiteId(), Body("elsewhere"));

        var sites = await planner.GetFromJsonAsync(new Uri($"/api/sites?region={region}", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListSiteBody);

        Assert.Equal(new[] { a, b }.Order(), sites!.Select(s => s.Id!));
    }

    public void Dispose()
    {
        admin.Dispose();
        planner.Dispose();
    }

    internal static string NewSiteId() => "site-" + Guid.NewGuid().ToString("N")[..12];

    private static string Body(string region) =>
        $$"""{"customer_id":"cust-7","customer_name":"Golden Dragon","region":"{{region}}","time_zone":"Asia/Shanghai","latitude":31.2,"longitude":121.5,"language":"zh-CN","email":"owner@example.com"}""";

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string id, string json) =>
        client.PutAsync(new Uri($"/api/sites/{id}", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
}
