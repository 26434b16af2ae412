using PredictMaint.Ticketing.Domain.FieldService;
using static PredictMaint.Ticketing.Tests.Domain.FieldService.FieldServiceScenario;

namespace PredictMaint.Ticketing.Tests.Domain.FieldService;

public sealed class SlotPlannerTests
{
    // Thursday 2040-01-05, 12:00 UTC (13:00 in Berlin).
    private static readonly DateTimeOffset Now = Utc(2040, 1, 5, 12);

    [Fact]
    public void Plan_DeadlineInThreeDays_EverySlotEndsBeforeDeadlineAndStartsAfterNow()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithTechnician("t-2").WithDepot("d-1", 5);
        var deadline = Utc(2040, 1, 8, 12);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Now, deadline, count: 100));

        Assert.True(plan.OnTime);
        Assert.NotEmpty(plan.Slots);
        Assert.All(plan.Slots, s => Assert.True(s.Start >= Now && s.End <= deadline && !s.Late, $"{s.Start}–{s.End}"));
        // Thursday afternoon (13:00–17:00 local = 4 slots) and Friday (9 slots); the weekend has none.
        Assert.Equal(13, plan.Slots.Count);
    }

    [Fact]
    public void Plan_OfficeHours_SlotsInsideLocalWorkingHoursOnWeekdays()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 5);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Now, Utc(2040, 1, 20, 0), count: 40));

        var zone = scenario.Site.TimeZone;
        Assert.All(plan.Slots, s =>
        {
            var local = TimeZoneInfo.ConvertTime(s.Start, zone);
            Assert.InRange(local.Hour, 8, 16);
            Assert.DoesNotContain(local.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        });
    }

    [Fact]
    public void Plan_DstChangeInsideHorizon_FirstSlotStaysAtEightLocal()
    {
        // Berlin moves from UTC+1 to UTC+2 on Sunday 2040-03-25.
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 5);
        var thursday = Utc(2040, 3, 22, 18);

        var plan = SlotPlanner.Plan(scenario.Data, Request(thursday, Utc(2040, 3, 31, 0), count: 100));

        // Friday before the change 08:00 CET = 07:00 UTC; Monday after it 08:00 CEST = 06:00 UTC.
        var firstPerDay = plan.Slots.GroupBy(s => s.Start.UtcDateTime.Date).Select(g => g.Min(s => s.Start));
        Assert.Equal([Utc(2040, 3, 23, 7), Utc(2040, 3, 26, 6), Utc(2040, 3, 27, 6), Utc(2040, 3, 28, 6), Utc(2040, 3, 29, 6), Utc(2040, 3, 30, 6)], firstPerDay);
        Assert.All(plan.Slots, s => Assert.InRange(TimeZoneInfo.ConvertTime(s.Start, scenario.Site.TimeZone).Hour, 8, 16));
        Assert.Equal(6 * 9, plan.Slots.Count);
    }

    [Fact]
    public void Plan_NoStockAnywhere_NoSlotsAndSaysNoStock()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 0).WithDepot("d-2", 2, reserved: 2);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Now, Now.AddDays(10)));

        Assert.Equal(SlotProblem.NoStock, plan.Problem);
        Assert.Empty(plan.Slots);
        Assert.Contains("FLT-200", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_StockOnlyInOtherRegions_ProposesNearestOtherDepot()
    {
        var scenario = new FieldServiceScenario()
            .WithTechnician("t-1")
            .WithDepot("d-home", 0)
            .WithDepot("d-munich", 3, region: "south", latitude: 48.14, longitude: 11.58)
            .WithDepot("d-hamburg", 3, region: "west", latitude: 53.55, longitude: 9.99);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Now, Now.AddDays(10)));

        Assert.True(plan.OnTime);
        Assert.All(plan.Slots, s => Assert.Equal(("d-hamburg", true), (s.DepotId, s.DepotOutsideRegion)));
        Assert.Contains("d-hamburg", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DepotInRegionHasStock_PreferredOverNearerDepotElsewhere()
    {
        var scenario = new FieldServiceScenario()
            .WithTechnician("t-1")
            .WithDepot("d-far-home", 1, latitude: 54.3, longitude: 13.1)
            .WithDepot("d-near-other", 9, region: "east", latitude: 52.5, longitude: 13.4);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Now, Now.AddDays(10)));

        Assert.All(plan.Slots, s => Assert.Equal(("d-far-home", false), (s.DepotId, s.DepotOutsideRegion)));
    }

    [Fact]
    public void Plan_DayAtCapacity_NoSlotThatDay()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1", capacity: 2).WithDepot("d-1", 5);
        // Friday 2040-01-06: two visits booked (09:00 and 14:00 local).
        scenario.Bookings.Add(new TechnicianBooking("t-1", Utc(2040, 1, 6, 8), Utc(2040, 1, 6, 9)));
        scenario.Bookings.Add(new TechnicianBooking("t-1", Utc(2040, 1, 6, 13), Utc(2040, 1, 6, 14)));
        var fridayMorning = Utc(2040, 1, 6, 6);

        var plan = SlotPlanner.Plan(scenario.Data, Request(fridayMorning, Utc(2040, 1, 20, 0), count: 1));

        // Next working day is Monday 2040-01-09, 08:00 local.
        Assert.Equal(Utc(2040, 1, 9, 7), Assert.Single(plan.Slots).Start);
    }

    [Fact]
    public void Plan_BookedVisit_NeverOverlapped()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1").WithDepot("d-1", 5);
        var booked = new TechnicianBooking("t-1", Utc(2040, 1, 6, 9), Utc(2040, 1, 6, 10));
        scenario.Bookings.Add(booked);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Utc(2040, 1, 6, 6), Utc(2040, 1, 6, 16), count: 20));

        // 08:00–17:00 local is nine one-hour slots; the booked 10:00 one is not offered.
        Assert.Equal(8, plan.Slots.Count);
        Assert.DoesNotContain(plan.Slots, s => s.Start < booked.End && booked.Start < s.End);
    }

    [Fact]
    public void Plan_NothingFreeBeforeDeadline_OffersEarliestLaterSlotFlaggedLate()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1", capacity: 1).WithDepot("d-1", 5);
        scenario.Bookings.Add(new TechnicianBooking("t-1", Utc(2040, 1, 5, 7), Utc(2040, 1, 5, 8)));
        var deadline = Utc(2040, 1, 5, 16);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Utc(2040, 1, 5, 6), deadline, count: 1));

        Assert.Equal(SlotProblem.NoCapacity, plan.Problem);
        var late = Assert.Single(plan.Slots);
        Assert.True(late.Late);
        Assert.True(late.End > deadline);
        Assert.Equal(Utc(2040, 1, 6, 7), late.Start);
        Assert.Contains("earliest later slot", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SkilledTechniciansOnlyInOtherRegion_SaysNoTechnician()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-south", region: "south").WithTechnician("t-pump", skill: "pump").WithDepot("d-1", 5);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Now, Now.AddDays(10)));

        Assert.Equal(SlotProblem.NoTechnicianWithSkill, plan.Problem);
        Assert.Empty(plan.Slots);
    }

    [Fact]
    public void Plan_DayOff_NoSlotThatDay()
    {
        var calendar = WorkingCalendar.OfficeHours with { DaysOff = [new DateOnly(2040, 1, 6)] };
        var scenario = new FieldServiceScenario().WithTechnician("t-1", calendar: calendar).WithDepot("d-1", 5);

        var plan = SlotPlanner.Plan(scenario.Data, Request(Utc(2040, 1, 6, 0), Utc(2040, 1, 20, 0), count: 1));

        Assert.Equal(Utc(2040, 1, 9, 7), Assert.Single(plan.Slots).Start);
    }
}
