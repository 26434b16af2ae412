using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Tests.Physics;

public sealed class FilterCloggingTests
{
    private readonly FilterClogging _filter = new(CleanPressureDropKpa: 30, EndOfLifePressureDropKpa: 100, EndOfLifeVolumeLitres: 10_000);

    [Fact]
    public void RatedPressureDropKpa_CleanFilter_IsCleanPressureDrop() =>
        Assert.Equal(30, _filter.RatedPressureDropKpa(0), 9);

    [Fact]
    public void RatedPressureDropKpa_AtEndOfLifeVolume_IsThreshold() =>
        Assert.Equal(100, _filter.RatedPressureDropKpa(10_000), 9);

    [Fact]
    public void RatedPressureDropKpa_AsVolumeGrows_RisesFasterAndFaster()
    {
        var first = _filter.RatedPressureDropKpa(5_000) - _filter.RatedPressureDropKpa(4_000);
        var later = _filter.RatedPressureDropKpa(9_000) - _filter.RatedPressureDropKpa(8_000);
        Assert.True(later > first * 1.5, $"clogging should accelerate: {first} then {later}");
    }

    [Fact]
    public void PressureDropKpa_HalfFlowAndColdWater_ScalesWithFlowAndViscosity()
    {
        var rated = _filter.RatedPressureDropKpa(6_000);
        Assert.Equal(rated * 0.5 * 1.3, _filter.PressureDropKpa(6_000, 2.0, 4.0, 1.3), 9);
    }

    [Fact]
    public void RatedPressureDropKpa_CleanFluidOverVolume_RisesMonotonically()
    {
        var drops = Enumerable.Range(0, 200).Select(i => _filter.RatedPressureDropKpa(i * 60.0)).ToArray();
        Assert.All(drops.Zip(drops.Skip(1)), pair => Assert.True(pair.Second > pair.First));
    }
}
