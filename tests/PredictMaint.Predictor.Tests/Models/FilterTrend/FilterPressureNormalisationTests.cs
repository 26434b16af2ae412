using PredictMaint.Platform.Physics;
using PredictMaint.Predictor.Models.FilterTrend;

namespace PredictMaint.Predictor.Tests.Models.FilterTrend;

public sealed class FilterPressureNormalisationTests
{
    [Fact]
    public void Normalise_HalfFlowColdWater_GivesRatedWarmPressureDrop()
    {
        var viscosity = WaterViscosity.RelativeToReference(8);
        double[] pressure = [25 * viscosity];
        var normalised = new double[1];
        var index = new int[1];
        var count = FilterPressureNormalisation.Normalise(pressure, [2.0], [viscosity], 4.0, 0.4, normalised, index);
        Assert.Equal(1, count);
        Assert.Equal(50, normalised[0], 9);
    }

    [Fact]
    public void Normalise_LowFlowAndMissingReadings_AreSkipped()
    {
        var normalised = new double[4];
        var index = new int[4];
        var count = FilterPressureNormalisation.Normalise([40, 40, double.NaN, 40], [4.0, 0.5, 4.0, 3.0], [1, 1, 1, 1], 4.0, 0.5, normalised, index);
        Assert.Equal(2, count);
        Assert.Equal([0, 3], index[..2]);
    }
}
