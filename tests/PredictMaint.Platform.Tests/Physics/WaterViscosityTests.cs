using PredictMaint.Platform.Physics;

namespace PredictMaint.Platform.Tests.Physics;

public sealed class WaterViscosityTests
{
    // Reference values from standard water property tables (mPa·s).
    [Theory]
    [InlineData(10.0, 1.3059)]
    [InlineData(20.0, 1.0016)]
    [InlineData(40.0, 0.6527)]
    public void PascalSeconds_TableTemperatures_WithinTwoPercent(double celsius, double expectedMilliPascalSeconds)
    {
        var actual = WaterViscosity.PascalSeconds(celsius) * 1000.0;
        Assert.InRange(actual, expectedMilliPascalSeconds * 0.98, expectedMilliPascalSeconds * 1.02);
    }

    [Fact]
    public void RelativeToReference_ColdWater_IsAboveOne() =>
        Assert.True(WaterViscosity.RelativeToReference(8.0) > 1.3);
}
