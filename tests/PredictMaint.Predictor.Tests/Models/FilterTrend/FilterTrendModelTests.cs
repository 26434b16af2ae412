using PredictMaint.Predictor.Models.FilterTrend;

namespace PredictMaint.Predictor.Tests.Models.FilterTrend;

public sealed class FilterTrendModelTests
{
    private static (double[] HoursAgo, double[] Values) Line(int n, double level, double slopePerHour, Func<int, double>? noise = null)
    {
        var hours = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var values = hours.Select((h, i) => level - (slopePerHour * h) + (noise?.Invoke(i) ?? 0)).ToArray();
        return (hours, values);
    }

    [Fact]
    public void Estimate_ExactLine_FindsCrossingTime()
    {
        var (hours, values) = Line(48, level: 80, slopePerHour: 0.5);
        var estimate = FilterTrendModel.Estimate(hours, values, thresholdKpa: 100)!.Value;
        Assert.Equal(80, estimate.CurrentPressureDropKpa, 6);
        Assert.Equal(0.5, estimate.SlopeKpaPerUnit, 6);
        Assert.Equal(40, estimate.ToThreshold, 6);
        Assert.Equal(1, estimate.RSquared, 6);
    }

    [Fact]
    public void Estimate_NoisyLine_IntervalContainsTruthAndIsOrdered()
    {
        var random = new Random(3);
        var (hours, values) = Line(96, level: 70, slopePerHour: 0.25, _ => (random.NextDouble() - 0.5) * 2);
        var estimate = FilterTrendModel.Estimate(hours, values, thresholdKpa: 100)!.Value;
        Assert.InRange(120, estimate.ToThresholdLower, estimate.ToThresholdUpper);
        Assert.True(estimate.ToThresholdLower < estimate.ToThreshold && estimate.ToThreshold < estimate.ToThresholdUpper);
    }

    [Fact]
    public void Estimate_FlatSignal_NeverCrosses()
    {
        var (hours, values) = Line(48, level: 40, slopePerHour: 0);
        Assert.Equal(double.PositiveInfinity, FilterTrendModel.Estimate(hours, values, 100)!.Value.ToThreshold);
    }

    [Fact]
    public void Estimate_AlreadyAboveThreshold_IsZeroHours()
    {
        var (hours, values) = Line(48, level: 110, slopePerHour: 0.1);
        Assert.Equal(0, FilterTrendModel.Estimate(hours, values, 100)!.Value.ToThreshold);
    }

    [Fact]
    public void Estimate_TooFewSamplesOrTooShortWindow_ReturnsNull()
    {
        Assert.Null(FilterTrendModel.Estimate([0, 1, 2], [50, 49, 48], 100));
        var shortWindow = Enumerable.Range(0, 20).Select(i => i * 0.1).ToArray();
        Assert.Null(FilterTrendModel.Estimate(shortWindow, shortWindow.Select(h => 50 - h).ToArray(), 100));
    }
}
