using System.Net.Http.Json;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

public sealed class DirectoryFileTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"pm-directory-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Start_WithDirectoryFile_SitesReadableThroughApi()
    {
        await File.WriteAllTextAsync(file, """
            {"sites":[
              {"id":"site-a","customer_id":"c1","customer_name":"Office A","region":"west","time_zone":"Europe/Berlin","latitude":52.5,"longitude":13.4,"language":"en","email":"a@example.com"},
              {"id":"site-b","customer_id":"c2","customer_name":"茶馆 B","region":"east","time_zone":"Asia/Shanghai","latitude":31.2,"longitude":121.5,"language":"zh-CN","email":"b@example.com","phone":"+8613800138000"}
            ]}
            """);
        var server = new DirectoryServer(file);
        try
        {
            await server.InitializeAsync();
            using var client = server.CreateClient(TicketingServer.PlannerKey);

            var sites = await client.GetFromJsonAsync(new Uri("/api/sites", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListSiteBody) ?? [];

            Assert.Equal(["site-a", "site-b"], sites.Select(s => s.Id!));
            Assert.Equal(("茶馆 B", "+8613800138000"), (sites[1].CustomerName, sites[1].Phone));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_InvalidEntry_RefusesNamingTheEntry()
    {
        await File.WriteAllTextAsync(file, """
            {"sites":[{"id":"site-a","customer_id":"c1","customer_name":"A","region":"west","time_zone":"Atlantis/Capital","latitude":0,"longitude":0,"language":"en","email":"a@example.com"}]}
            """);
        var server = new DirectoryServer(file);

        var error = await Assert.ThrowsAsync<InvalidDataException>(server.InitializeAsync);
        await server.DisposeAsync();

        Assert.Contains("sites[0] (site-a)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Atlantis/Capital", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTechniciansAndDepots_ImportedWithStock()
    {
        await File.WriteAllTextAsync(file, """
            {"sites":[],
             "technicians":[{"id":"tech-a","name":"Anna","skills":["filter"],"region":"west","home_latitude":52.5,"home_longitude":13.4,"daily_capacity":4,
                             "working_hours":[{"day":"monday","start":"08:00","end":"17:00"}]}],
             "depots":[{"id":"depot-a","name":"West store","region":"west","latitude":52.4,"longitude":13.3,"stock":{"FLT-200":12,"PMP-450":2}}]}
            """);
        var server = new DirectoryServer(file);
        try
        {
            await server.InitializeAsync();
            using var client = server.CreateClient(TicketingServer.PlannerKey);

            var technicians = await client.GetFromJsonAsync(new Uri("/api/technicians", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListTechnicianBody) ?? [];
            var stock = await client.GetFromJsonAsync(new Uri("/api/depots/depot-a/stock", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListStockBody) ?? [];

            Assert.Equal(("tech-a", "west"), (Assert.Single(technicians).Id, technicians[0].Region));
            Assert.Equal([("FLT-200", 12), ("PMP-450", 2)], stock.Select(s => (s.PartNumber!, s.Quantity!.Value)));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_InvalidTechnician_RefusesNamingTheEntry()
    {
        await File.WriteAllTextAsync(file, """
            {"technicians":[{"id":"tech-a","name":"Anna","skills":["filter"],"region":"west","home_latitude":52.5,"home_longitude":13.4,"daily_capacity":0,
                             "working_hours":[{"day":"monday","start":"08:00","end":"17:00"}]}]}
            """);
        var server = new DirectoryServer(file);

        var error = await Assert.ThrowsAsync<InvalidDataException>(server.InitializeAsync);
        await server.DisposeAsync();

        Assert.Contains("technicians[0] (tech-a)", error.Message, StringComparison.Ordinal);
        Assert.Contains("daily_capacity", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(file);

    private sealed class DirectoryServer(string path) : TicketingServer
    {
        protected override IEnumerable<string> ExtraArguments => [$"--Ticketing:DirectoryFile={path}"];

        protected override bool SeedsFieldService => false;
    }
}
