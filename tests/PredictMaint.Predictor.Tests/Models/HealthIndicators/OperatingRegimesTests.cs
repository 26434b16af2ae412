using PredictMaint.Predictor.Models.HealthIndicators;

namespace PredictMaint.Predictor.Tests.Models.HealthIndicators;

public sealed class OperatingRegimesTests
{
    [Fact]
    public void Fit_SixSetPointsWithNoise_FindsSixRegimes()
    {
        var random = new Random(1);
        (double Altitude, double Mach)[] setPoints = [(0, 0), (10, 0.25), (20, 0.7), (25, 0.62), (35, 0.84), (42, 0.84)];
        var rows = Enumerable.Range(0, 3000)
            .Select(i => setPoints[i % 6])
            .Select(p => new[] { p.Altitude + (random.NextDouble() * 0.004), p.Mach + (random.NextDouble() * 0.0005) })
            .ToList();
        var regimes = OperatingRegimes.Fit(rows);
        Assert.Equal(6, regimes.Count);
        Assert.Equal(regimes.Assign([10.001, 0.2501]), regimes.Assign(rows[1]));
        Assert.NotEqual(regimes.Assign(rows[0]), regimes.Assign(rows[1]));
    }

    [Fact]
    public void Fit_QuantisedNoiseAroundOneSetPoint_FindsOneRegime()
    {
        var random = new Random(2);
        var rows = Enumerable.Range(0, 2000)
            .Select(_ => new[] { Math.Round(random.NextDouble() * 0.0012, 4), 100.0 })
            .ToList();
        Assert.Equal(1, OperatingRegimes.Fit(rows).Count);
    }

    [Fact]
    public void Normalise_PerRegime_RemovesSetPointOffsets()
    {
        var normaliser = RegimeNormaliser.Fit([[10.0], [12.0], [100.0], [104.0]], [0, 0, 1, 1]);
        var output = new double[1];
        normaliser.Normalise([12.0], 0, output);
        Assert.Equal(1, output[0], 12);
        normaliser.Normalise([100.0], 1, output);
        Assert.Equal(-1, output[0], 12);
    }
}
