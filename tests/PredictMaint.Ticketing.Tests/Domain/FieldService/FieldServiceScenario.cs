using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Tests.Domain.FieldService;

/// <summary>A small world for planner tests: one Berlin site in region "north", built up per test.</summary>
internal sealed class FieldServiceScenario
{
    public static readonly ComponentRequirement Filter = ComponentCatalogue.Defaults[0];

    public Site Site { get; set; } = Site.Create("site-berlin", new SiteDetails("c-1", "Café", "north", "Europe/Berlin", 52.52, 13.40, "en", "cafe@example.com", null));

    public List<Technician> Technicians { get; } = [];

    public List<Depot> Depots { get; } = [];

    public List<DepotStock> Stock { get; } = [];

    public List<TechnicianBooking> Bookings { get; } = [];

    public FieldServiceData Data => new(Site, Technicians, Depots, Stock, Bookings);

    public FieldServiceScenario WithTechnician(string id, string region = "north", int capacity = 4, double latitude = 52.5, double longitude = 13.4, string skill = "filter", WorkingCalendar? calendar = null)
    {
        Technicians.Add(Technician.Create(id, new TechnicianDetails(id + " name", [skill], region, latitude, longitude, calendar ?? WorkingCalendar.OfficeHours, capacity)));
        return this;
    }

    public FieldServiceScenario WithDepot(string id, int quantity, string region = "north", double latitude = 52.5, double longitude = 13.4, int reserved = 0)
    {
        Depots.Add(Depot.Create(id, new DepotDetails(id + " store", region, latitude, longitude)));
        var stock = DepotStock.Create(id, Filter.PartNumber, quantity);
        for (var i = 0; i < reserved; i++)
        {
            stock.Reserve();
        }

        Stock.Add(stock);
        return this;
    }

    public static SlotRequest Request(DateTimeOffset now, DateTimeOffset deadline, int count = 3) =>
        new(Filter, deadline, now, count, TimeSpan.FromDays(28));

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
