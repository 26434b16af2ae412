using PredictMaint.FirmwareSim.Fleet;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

public sealed class FleetPlanTests
{
    [Fact]
    public void Create_SameSeed_SameFleet()
    {
        var options = new FleetOptions { Devices = 30, Seed = 7 };
        Assert.Equal(
            FleetPlan.Create(options).Select(d => (d.DeviceId, d.Filter.EndOfLifeVolumeLitres, d.Profile.Name)),
            FleetPlan.Create(options).Select(d => (d.DeviceId, d.Filter.EndOfLifeVolumeLitres, d.Profile.Name)));
    }

    [Fact]
    public void Create_DifferentSeed_DifferentFleet() =>
        Assert.NotEqual(
            FleetPlan.Create(new FleetOptions { Devices = 30, Seed = 7 }).Select(d => d.Filter.EndOfLifeVolumeLitres),
            FleetPlan.Create(new FleetOptions { Devices = 30, Seed = 8 }).Select(d => d.Filter.EndOfLifeVolumeLitres));

    [Fact]
    public void Create_DeviceIds_AreUniqueAndValidTopicIds()
    {
        var fleet = FleetPlan.Create(new FleetOptions { Devices = 120, Sites = 7 });
        Assert.Equal(120, fleet.Select(d => d.DeviceId).Distinct().Count());
        Assert.All(fleet, d => Assert.True(PredictMaint.Platform.Contracts.Topics.IsValidId(d.DeviceId) && PredictMaint.Platform.Contracts.Topics.IsValidId(d.SiteId)));
        Assert.Equal(7, fleet.Select(d => d.SiteId).Distinct().Count());
    }

    [Fact]
    public void Create_SitesAboveDevices_Throws() =>
        Assert.ThrowsAny<System.ComponentModel.DataAnnotations.ValidationException>(() => FleetPlan.Create(new FleetOptions { Devices = 3, Sites = 5 }));

    [Fact]
    public void Create_SeveralModelsAndProfileShares_DrawsEachByItsShare()
    {
        var options = new FleetOptions
        {
            Devices = 400,
            Models = [new PurifierModel { Name = "big", RatedFlowLitresPerMinute = 4, Share = 3 }, new PurifierModel { Name = "small", RatedFlowLitresPerMinute = 2, Share = 1 }],
            ProfileShares = new Dictionary<string, double> { ["household"] = 1, ["office"] = 0, ["restaurant"] = 1 },
        };
        var fleet = FleetPlan.Create(options);
        Assert.InRange(fleet.Count(d => d.Model == "small"), 70, 130);
        Assert.All(fleet.Where(d => d.Model == "small"), d => Assert.Equal(2, d.RatedFlowLitresPerMinute));
        Assert.DoesNotContain(fleet, d => d.Profile.Name == "office");
    }

    [Fact]
    public void Create_UnknownProfileShare_Throws() =>
        Assert.ThrowsAny<System.ComponentModel.DataAnnotations.ValidationException>(() =>
            FleetPlan.Create(new FleetOptions { ProfileShares = new Dictionary<string, double> { ["hospital"] = 1 } }));
}
