using System.Net.Http.Json;
using PredictMaint.Ticketing.Api;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

/// <summary>The directory file <c>./pm demo</c> passes to ticketing starts cleanly and covers the simulator's site ids.</summary>
public sealed class DemoDirectoryTests(DemoDirectoryTests.DemoServer server) : IClassFixture<DemoDirectoryTests.DemoServer>
{
    [Fact]
    public async Task Start_DemoDirectory_SitesOfTheSimulatedFleetHaveSlots()
    {
        using var planner = server.CreateClient(TicketingServer.PlannerKey);
        using var predictor = server.CreateClient(TicketingServer.PredictorKey);
        var sites = await planner.GetFromJsonAsync(new Uri("/api/sites", UriKind.Relative), TicketingJsonContext.Default.IReadOnlyListSiteBody) ?? [];

        // The firmware simulator names its sites site-001 … site-010 (FleetPlan, 10 sites by default).
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"site-{i:D3}"), sites.Select(s => s.Id!));
        foreach (var site in sites)
        {
            using var posted = await predictor.PostPredictionAsync(TestPredictions.For(TestPredictions.NewDeviceId(), issuedAt: server.Clock.Now, leadTimeHours: 240) with { SiteId = site.Id! });
            var ticket = await posted.ReadTicketAsync();
            var plan = await planner.GetFromJsonAsync(new Uri($"/api/tickets/{ticket.Id}/slots", UriKind.Relative), TicketingJsonContext.Default.SlotPlanDto);
            Assert.True(plan!.OnTime && plan.Slots.Count == 3, $"{site.Id}: {plan.Reason}");
        }
    }

    public sealed class DemoServer : TicketingServer
    {
        protected override IEnumerable<string> ExtraArguments => [$"--Ticketing:DirectoryFile={DemoFile()}"];

        protected override bool SeedsFieldService => false;

        private static string DemoFile()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "ticketing", "demo-directory.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("ticketing/demo-directory.json not found above the test output folder.");
        }
    }
}
