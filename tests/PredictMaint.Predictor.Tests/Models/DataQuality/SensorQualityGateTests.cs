using PredictMaint.Predictor.Models.DataQuality;

namespace PredictMaint.Predictor.Tests.Models.DataQuality;

public sealed class SensorQualityGateTests
{
    private static readonly SensorLimits PressureKpa = new(Minimum: -5, Maximum: 400);

    private static double[] Noisy(int n) => Enumerable.Range(0, n).Select(i => 50 + Math.Sin(i * 1.3)).ToArray();

    [Fact]
    public void Check_NoisyReadingsInRange_IsHealthy() =>
        Assert.Equal(SensorFault.None, SensorQualityGate.Check(Noisy(48), PressureKpa));

    [Fact]
    public void Check_NewestReadingsFrozen_IsStuck()
    {
        var readings = Noisy(48);
        readings.AsSpan(30).Fill(51.25);
        Assert.Equal(SensorFault.Stuck, SensorQualityGate.Check(readings, PressureKpa));
    }

    [Fact]
    public void Check_FrozenThenRecovered_IsHealthy()
    {
        var readings = Noisy(48);
        readings.AsSpan(5, 20).Fill(51.25);
        Assert.Equal(SensorFault.None, SensorQualityGate.Check(readings, PressureKpa));
    }

    [Fact]
    public void Check_MostlyMissing_IsMissing()
    {
        var readings = Noisy(48);
        readings.AsSpan(0, 20).Fill(double.NaN);
        Assert.Equal(SensorFault.Missing, SensorQualityGate.Check(readings, PressureKpa));
        Assert.Equal(SensorFault.Missing, SensorQualityGate.Check([], PressureKpa));
    }

    [Fact]
    public void Check_OutsidePhysicalRange_IsImplausible()
    {
        var readings = Noisy(48);
        readings.AsSpan(40).Fill(-99);
        Assert.Equal(SensorFault.Implausible, SensorQualityGate.Check(readings, PressureKpa));
    }
}
