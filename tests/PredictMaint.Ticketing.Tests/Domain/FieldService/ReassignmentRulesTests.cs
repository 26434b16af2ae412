using PredictMaint.Ticketing.Domain.FieldService;
using static PredictMaint.Ticketing.Tests.Domain.FieldService.FieldServiceScenario;

namespace PredictMaint.Ticketing.Tests.Domain.FieldService;

public sealed class ReassignmentRulesTests
{
    private static readonly DateTimeOffset NineLocal = Utc(2040, 1, 5, 8);

    [Fact]
    public void Check_TechnicianOfRegionWithOwnDepot_PartMovesToTheirDepotSameSlot()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithTechnician("t-south", region: "south")
            .WithDepot("d-north", 1, reserved: 1).WithDepot("d-south", 2, region: "south", latitude: 48.1, longitude: 11.6);
        var current = Booked(scenario, "t-1", "d-north");

        var check = ReassignmentRules.Check(scenario.Data, Filter, current, "t-south");

        Assert.Equal(("t-south", "d-south", NineLocal, NineLocal.AddHours(1)), (check.Choice!.TechnicianId, check.Choice.DepotId, check.Choice.Start, check.Choice.End));
        Assert.Contains("part moves from d-north", check.Choice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TechnicianOfSameRegion_PartStaysAtItsDepot()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithTechnician("t-2").WithDepot("d-north", 1, reserved: 1).WithDepot("d-other", 5);
        var current = Booked(scenario, "t-1", "d-north");

        var check = ReassignmentRules.Check(scenario.Data, Filter, current, "t-2");

        Assert.Equal(("t-2", "d-north"), (check.Choice!.TechnicianId, check.Choice.DepotId));
    }

    [Fact]
    public void Check_OtherRegionWithoutStock_PartStaysAndExplanationSaysWhy()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithTechnician("t-south", region: "south")
            .WithDepot("d-north", 1, reserved: 1).WithDepot("d-south", 0, region: "south");
        var current = Booked(scenario, "t-1", "d-north");

        var check = ReassignmentRules.Check(scenario.Data, Filter, current, "t-south");

        Assert.Equal("d-north", check.Choice!.DepotId);
        Assert.Contains("no depot in region 'south' has FLT-200", check.Choice.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t-busy", "is not free")]
    [InlineData("t-pump", "lacks skill 'filter'")]
    [InlineData("t-nobody", "There is no technician t-nobody")]
    public void Check_TechnicianBusyUnskilledOrUnknown_Refused(string technician, string reason)
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithTechnician("t-busy").WithTechnician("t-pump", skill: "pump").WithDepot("d-north", 2, reserved: 1);
        var current = Booked(scenario, "t-1", "d-north");
        scenario.Bookings.Add(new TechnicianBooking("t-busy", NineLocal.AddMinutes(30), NineLocal.AddMinutes(90)));

        var check = ReassignmentRules.Check(scenario.Data, Filter, current, technician);

        Assert.Null(check.Choice);
        Assert.Contains(reason, check.Refusal, StringComparison.Ordinal);
    }

    /// <summary>A visit at nine local, held for <paramref name="technician"/> and listed among the bookings as storage would.</summary>
    private static PartReservation Booked(FieldServiceScenario scenario, string technician, string depot)
    {
        var reservation = PartReservation.Hold(Guid.NewGuid(), Guid.NewGuid(), new BookingChoice(technician, depot, Filter.PartNumber, NineLocal, NineLocal.AddHours(1), "booked"), NineLocal.AddDays(-1));
        scenario.Bookings.Add(new TechnicianBooking(technician, NineLocal, NineLocal.AddHours(1)));
        return reservation;
    }
}
