using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Tests.Physics;

public sealed class BearingWearTests
{
    private readonly BearingWear _bearing = new(Onset: TimeSpan.FromDays(100), GrowthToEndOfLife: TimeSpan.FromDays(10));

    [Fact]
    public void RmsMillimetresPerSecond_BeforeOnset_IsBaseline() =>
        Assert.Equal(_bearing.BaselineRmsMillimetresPerSecond, _bearing.RmsMillimetresPerSecond(TimeSpan.FromDays(99)));

    [Fact]
    public void RmsMillimetresPerSecond_AfterOnset_GrowsByTheSameFactorPerDay()
    {
        var day2 = _bearing.RmsMillimetresPerSecond(TimeSpan.FromDays(102));
        var day4 = _bearing.RmsMillimetresPerSecond(TimeSpan.FromDays(104));
        var day6 = _bearing.RmsMillimetresPerSecond(TimeSpan.FromDays(106));
        Assert.True(day4 > day2);
        Assert.Equal(day4 / day2, day6 / day4, 9);
    }

    [Fact]
    public void RmsMillimetresPerSecond_AtEndOfLifeAge_IsZoneCdBoundary() =>
        Assert.Equal(BearingWear.ClassOneZoneBoundaries[2], _bearing.RmsMillimetresPerSecond(_bearing.EndOfLifeAge), 9);

    [Fact]
    public void Kurtosis_AsRmsGrows_RisesFromGaussianThree()
    {
        Assert.Equal(3.0, _bearing.Kurtosis(_bearing.BaselineRmsMillimetresPerSecond), 9);
        Assert.True(_bearing.Kurtosis(4.5) > 6.0);
        Assert.True(BearingWear.CrestFactor(_bearing.Kurtosis(4.5)) > BearingWear.CrestFactor(3.0));
    }
}
