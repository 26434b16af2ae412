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
}
