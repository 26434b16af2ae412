using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Tests.Models.RemainingLife;

public sealed class FilterCloggingModelTests
{
    [Fact]
    public void Estimate_CakeFiltrationAtVaryingFlow_FindsTimeToThresholdAtRecentFlow()
    {
        // R(V) = 1 + 0.01 V; flow alternates 2 and 4 (mean of the last 10 samples: 3), ΔP = R·Q.
        var times = Enumerable.Range(0, 101).Select(t => (double)t).ToArray();
        var flow = times.Select(t => ((int)t / 5) % 2 == 0 ? 2.0 : 4.0).ToArray();
        var volume = new double[times.Length];
        for (var i = 1; i < times.Length; i++)
        {
            volume[i] = volume[i - 1] + (0.5 * (flow[i] + flow[i - 1]));
        }

        var drop = volume.Select((v, i) => (1 + (0.01 * v)) * flow[i]).ToArray();
        var estimate = FilterCloggingModel.Estimate(times, flow, drop, threshold: 30)!.Value;
        var recentFlow = flow[^10..].Average();
        var expected = (((30 / recentFlow) - 1) / 0.01 - volume[^1]) / recentFlow;
        Assert.Equal(expected, estimate.Median, 6);
        Assert.True(estimate.Lower <= estimate.Median && estimate.Median <= estimate.Upper);
    }

    [Fact]
    public void Estimate_NoClogging_NeverReachesThreshold()
    {
        var times = Enumerable.Range(0, 60).Select(t => (double)t).ToArray();
        var flow = times.Select(_ => 3.0).ToArray();
        var drop = times.Select(t => 6.0 + (0.01 * Math.Sin(t))).ToArray();
        var estimate = FilterCloggingModel.Estimate(times, flow, drop, threshold: 30);
        Assert.True(double.IsPositiveInfinity(estimate!.Value.Median));
    }
}
