using System.Net;
using System.Net.Http.Json;
using System.Text;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Fixtures;
using static PredictMaint.Ticketing.Tests.Fixtures.FieldServiceApi;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class FieldServiceEndpointsTests(TicketingServer server) : IClassFixture<TicketingServer>, IDisposable
{
    private readonly HttpClient admin = server.CreateClient(TicketingServer.AdminKey);
    private readonly HttpClient planner = server.CreateClient(TicketingServer.PlannerKey);

    [Fact]
    public async Task PutTechnician_New_201ThenReadableWithCalendar()
    {
        var id = NewId("tech");
        const string body = """
            {"name":"Li Wei","skills":["pump","filter","filter"],"region":"east","home_latitude":31.2,"home_longitude":121.5,"daily_capacity":5,
             "working_hours":[{"day":"Monday","start":"09:00","end":"12:30"}],"days_off":["2040-02-10"]}
            """;

        using var created = await PutAsync($"/api/technicians/{id}", body);
        using var again = await PutAsync($"/api/technicians/{id}", body);
        var read = await planner.GetFromJsonAsync(new Uri($"/api/technicians/{id}", UriKind.Relative), TicketingJsonContext.Default.TechnicianBody);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, again.StatusCode));
        Assert.Equal(["filter", "pump"], read!.Skills);
        Assert.Equal(("monday", "09:00", "12:30"), (read.WorkingHours![0].Day, read.WorkingHours[0].Start, read.WorkingHours[0].End));
        Assert.Equal(["2040-02-10"], read.DaysOff);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task PutTechnician_Invalid_400NamingEveryBadField()
    {
        using var response = await PutAsync(
            $"/api/technicians/{NewId("tech")}",
            """{"name":"","skills":[],"region":"east","home_latitude":91,"home_longitude":0,"daily_capacity":0,"working_hours":[{"day":"someday","start":"9","end":"17:00"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["daily_capacity", "home_latitude", "name", "skills", "working_hours", "working_hours[0]"], (await response.ReadProblemFieldsAsync()).Order());
    }

    [Fact]
    public async Task PutStock_KnownDepot_CountedAndListed()
    {
        var depot = NewId("depot");
        await admin.PutDepotAsync(depot, "east", filters: 7);

        using var recount = await PutAsync($"/api/depots/{depot}/stock/FLT-200", """{"quantity":5}""");
        var stock = await planner.FilterStockAsync(depot);

        Assert.Equal(HttpStatusCode.OK, recount.StatusCode);
        Assert.Equal((5, 0, 5), (stock.Quantity, stock.Reserved, stock.Available));
    }

    [Fact]
    public async Task PutStock_UnknownDepot_404()
    {
        using var response = await PutAsync($"/api/depots/{NewId("nowhere")}/stock/FLT-200", """{"quantity":5}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PutStock_NegativeQuantity_400()
    {
        var depot = NewId("depot");
        await admin.PutDepotAsync(depot, "east", filters: 1);

        using var response = await PutAsync($"/api/depots/{depot}/stock/FLT-200", """{"quantity":-1}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["quantity"], await response.ReadProblemFieldsAsync());
    }

    [Fact]
    public async Task GetDepots_ByRegion_OnlyThatRegion()
    {
        var region = NewId("region");
        var depot = NewId("depot");
        await admin.PutDepotAsync(depot, region, filters: 1);

        var depots = await planner.GetFromJsonAsync(new Uri($"/api/depots?region={region}", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListDepotBody);

        Assert.Equal([depot], depots!.Select(d => d.Id!));
    }

    private Task<HttpResponseMessage> PutAsync(string path, string json) =>
        admin.PutAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    public void Dispose()
    {
        admin.Dispose();
        planner.Dispose();
    }
}
