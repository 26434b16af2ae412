using PredictMaint.Ticketing.Domain.FieldService;
using static PredictMaint.Ticketing.Tests.Domain.FieldService.FieldServiceScenario;

namespace PredictMaint.Ticketing.Tests.Domain.FieldService;

public sealed class BookingRulesTests
{
    private static readonly DateTimeOffset Now = Utc(2040, 1, 5, 6);
    private static readonly DateTimeOffset NineLocal = Utc(2040, 1, 5, 8);

    [Fact]
    public void Check_FreeTechnicianAndStock_ChoosesBestAndReservesOneJobLength()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 1);

        var check = BookingRules.Check(scenario.Data, Request(Now, Now.AddDays(5)), NineLocal, technicianId: null, depotId: null);

        Assert.Equal(new BookingChoice("t-1", "d-1", "FLT-200", NineLocal, NineLocal + Filter.JobDuration, check.Choice!.Explanation), check.Choice);
    }

    [Fact]
    public void Check_NamedDepotWithoutStock_RefusedNamingDepotsThatHaveIt()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-empty", 0).WithDepot("d-full", 2, region: "east", latitude: 51, longitude: 14);

        var check = BookingRules.Check(scenario.Data, Request(Now, Now.AddDays(5)), NineLocal, technicianId: null, depotId: "d-empty");

        Assert.Null(check.Choice);
        Assert.Contains("d-empty has no FLT-200", check.Refusal, StringComparison.Ordinal);
        Assert.Contains("d-full (2 available", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoStockAnywhere_RefusedNoDispatchWithoutStock()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 1, reserved: 1);

        var check = BookingRules.Check(scenario.Data, Request(Now, Now.AddDays(5)), NineLocal, technicianId: null, depotId: null);

        Assert.Null(check.Choice);
        Assert.StartsWith("No dispatch without stock.", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TechnicianAlreadyBooked_RefusedNamingFreeSlots()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 3);
        scenario.Bookings.Add(new TechnicianBooking("t-1", NineLocal, NineLocal.AddHours(1)));

        var check = BookingRules.Check(scenario.Data, Request(Now, Now.AddDays(5)), NineLocal, technicianId: "t-1", depotId: null);

        Assert.Null(check.Choice);
        Assert.Contains("t-1 is not free", check.Refusal, StringComparison.Ordinal);
        Assert.Contains("Free slots: 2040-01-05 08:00 +01:00", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SlotInThePast_Refused()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 3);

        var check = BookingRules.Check(scenario.Data, Request(Now, Now.AddDays(5)), Now.AddHours(-1), technicianId: null, depotId: null);

        Assert.Contains("in the past", check.Refusal, StringComparison.Ordinal);
    }
}
