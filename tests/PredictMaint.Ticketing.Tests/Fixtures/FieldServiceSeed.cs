using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// Makes "site-1" (the site of <see cref="TestPredictions"/>) bookable: the site, a crew of
/// technicians with every default skill working every day, and a well-stocked depot. Booking
/// tests that are not about field service then pass the booking rules; field-service tests
/// create their own sites, regions and depots.
/// </summary>
public static class FieldServiceSeed
{
    public const string SiteId = "site-1";
    public const string Region = "test-region";
    public const string DepotId = "depot-test";
    public const int CrewSize = 30;

    public static async Task ApplyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sites = scope.ServiceProvider.GetRequiredService<SiteStore>();
        await sites.UpsertAsync(SiteId, new SiteDetails("customer-1", "Test Customer", Region, "Europe/Berlin", 52.52, 13.40, "en", "site1@example.com", null), CancellationToken.None);
        await CrewAsync(services, Region, DepotId);
    }

    /// <summary>A crew working around the clock and a well-stocked depot for <paramref name="region"/>.</summary>
    public static async Task CrewAsync(IServiceProvider services, string region, string depotId)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<FieldServiceStore>();
        var everyDay = new WorkingCalendar([.. Enum.GetValues<DayOfWeek>().Select(d => new WorkingHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59)))], []);
        for (var i = 1; i <= CrewSize; i++)
        {
            var id = region == Region ? string.Create(CultureInfo.InvariantCulture, $"crew-{i:D2}") : string.Create(CultureInfo.InvariantCulture, $"{region}-crew-{i:D2}");
            await store.UpsertTechnicianAsync(id, new TechnicianDetails(id, [.. ComponentCatalogue.Defaults.Select(c => c.Skill)], region, 52.5, 13.4, everyDay, FieldServiceRules.MaxDailyCapacity), CancellationToken.None);
        }

        await store.UpsertDepotAsync(depotId, new DepotDetails("Test depot", region, 52.5, 13.4), CancellationToken.None);
        foreach (var requirement in ComponentCatalogue.Defaults)
        {
            await store.CountStockAsync(depotId, requirement.PartNumber, 100_000, CancellationToken.None);
        }
    }
}
