using PredictMaint.Ticketing.Domain.FieldService;
using static PredictMaint.Ticketing.Tests.Domain.FieldService.FieldServiceScenario;

namespace PredictMaint.Ticketing.Tests.Domain.FieldService;

public sealed class TechnicianRankingTests
{
    private static readonly DateTimeOffset Monday10Local = Utc(2040, 1, 9, 9);

    [Fact]
    public void Rank_EqualLoad_NearerHomeBaseFirst()
    {
        var scenario = new FieldServiceScenario()
            .WithTechnician("t-far", latitude: 53.55, longitude: 9.99)
            .WithTechnician("t-near", latitude: 52.50, longitude: 13.30);

        var ranked = TechnicianRanking.Rank(scenario.Data, scenario.Technicians, Filter, Monday10Local);

        Assert.Equal(["t-near", "t-far"], ranked.Select(r => r.Technician.Id));
        Assert.Contains("km from home base", ranked[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_NearerButBusierThatDay_LessLoadedFirst()
    {
        var scenario = new FieldServiceScenario()
            .WithTechnician("t-far", latitude: 53.55, longitude: 9.99)
            .WithTechnician("t-near", latitude: 52.50, longitude: 13.30);
        scenario.Bookings.Add(new TechnicianBooking("t-near", Utc(2040, 1, 9, 7), Utc(2040, 1, 9, 8)));

        var ranked = TechnicianRanking.Rank(scenario.Data, scenario.Technicians, Filter, Monday10Local);

        Assert.Equal(["t-far", "t-near"], ranked.Select(r => r.Technician.Id));
        Assert.Contains("1 of 4 jobs", ranked[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_OutsideWorkingHours_Excluded()
    {
        var scenario = new FieldServiceScenario().WithTechnician("t-1");

        var ranked = TechnicianRanking.Rank(scenario.Data, scenario.Technicians, Filter, Utc(2040, 1, 9, 17));

        Assert.Empty(ranked);
    }
}
