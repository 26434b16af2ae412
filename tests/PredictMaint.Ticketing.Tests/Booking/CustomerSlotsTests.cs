using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Tests.Booking;

public sealed class CustomerSlotsTests
{
    private static readonly DateTimeOffset Nine = new(2040, 1, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Bookable_OnTimePlan_AllSlots()
    {
        var plan = new SlotPlan([Slot(0), Slot(1), Slot(2)], SlotProblem.None, null);

        Assert.Equal(3, CustomerSlots.Bookable(plan).Count);
    }

    [Theory]
    [InlineData(SlotProblem.NoCapacity)]
    [InlineData(SlotProblem.NoStock)]
    [InlineData(SlotProblem.NoTechnicianWithSkill)]
    public void Bookable_LatePlan_NoneEvenThoughThePlannerSeesLateSlots(SlotProblem problem)
    {
        var plan = new SlotPlan([Slot(0, late: true), Slot(1, late: true)], problem, "nothing before the deadline");

        Assert.Empty(CustomerSlots.Bookable(plan));
    }

    [Fact]
    public void Find_KeyOfAnOfferedSlot_ThatSlot_TamperedKey_Null()
    {
        IReadOnlyList<Slot> slots = [Slot(0), Slot(1)];

        Assert.Same(slots[1], CustomerSlots.Find(slots, CustomerSlots.Key(slots[1])));
        Assert.Null(CustomerSlots.Find(slots, CustomerSlots.Key(Slot(1) with { TechnicianId = "someone-else" })));
        Assert.Null(CustomerSlots.Find(slots, null));
    }

    [Fact]
    public void Spread_SixBackToBackOverThreeDays_TwoPerDayInTimeOrder()
    {
        IReadOnlyList<Slot> slots = [.. Enumerable.Range(0, 3).SelectMany(day => Enumerable.Range(0, 8).Select(h => Slot((day * 24) + h)))];

        var spread = CustomerSlots.Spread(slots, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), 6);

        Assert.Equal([0, 1, 24, 25, 48, 49], spread.Select(s => (int)(s.Start - Nine).TotalHours));
    }

    [Fact]
    public void Spread_OneDayOnly_FillsWithTheEarliestRest()
    {
        IReadOnlyList<Slot> slots = [.. Enumerable.Range(0, 8).Select(h => Slot(h))];

        var spread = CustomerSlots.Spread(slots, TimeZoneInfo.Utc, 4);

        Assert.Equal([0, 1, 2, 3], spread.Select(s => (int)(s.Start - Nine).TotalHours));
    }

    private static Slot Slot(int hour, bool late = false) =>
        new(Nine.AddHours(hour), Nine.AddHours(hour + 1), "tech-1", "depot-1", "FLT-200", late, false, "test");
}
