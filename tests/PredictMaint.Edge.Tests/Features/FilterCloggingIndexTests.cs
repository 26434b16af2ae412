using PredictMaint.Edge.Features;
using PredictMaint.Platform.Physics;

namespace PredictMaint.Edge.Tests.Features;

public sealed class FilterCloggingIndexTests
{
    [Fact]
    public void TryCompute_RatedFlowAt20C_IsThePressureDrop()
    {
        Assert.True(FilterCloggingIndex.TryCompute(50, 10, 20, 10, 0.2, out var index));
        Assert.Equal(50, index, 1e-9);
    }

    [Fact]
    public void TryCompute_HalfFlowColdWater_NormalisesBothAway()
    {
        // Same filter: at half flow and 5 °C Darcy gives ΔP = 50 · 0.5 · μ(5)/μ(20).
        var pressureDrop = 50 * 0.5 * WaterViscosity.RelativeToReference(5);

        Assert.True(FilterCloggingIndex.TryCompute(pressureDrop, 5, 5, 10, 0.2, out var index));
        Assert.Equal(50, index, 1e-9);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void TryCompute_FlowTooLowOrInvalid_ReturnsFalse(double flow) =>
        Assert.False(FilterCloggingIndex.TryCompute(50, flow, 20, 10, 0.2, out _));
}
