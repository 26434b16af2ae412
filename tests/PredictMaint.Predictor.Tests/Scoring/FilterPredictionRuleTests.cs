using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class FilterPredictionRuleTests
{
    private static readonly DateTimeOffset Newest = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { EndOfLifePressureDropKpa = 100, RatedFlowLitresPerMinute = 4, TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // Hourly samples over four days; every third at low flow (skipped by normalisation).
    private static DeviceWindow Window(double levelNow, double slopePerHour)
    {
        var n = 96;
        var times = Enumerable.Range(0, n).Select(i => Newest.AddHours(i - n + 1)).ToArray();
        var flow = Enumerable.Range(0, n).Select(i => i % 3 == 0 ? 0.4 : 3.0).ToArray();
        var pressure = times.Select((t, i) => (levelNow + (slopePerHour * (t - Newest).TotalHours)) * flow[i] / 4.0).ToArray();
        return new DeviceWindow("site-1", "dev-1", "aqua-400", times, pressure, flow, Enumerable.Repeat(20.0, n).ToArray());
    }

    [Fact]
    public void Evaluate_CrossingWithinHorizon_PredictsFilterFailureInDeviceTime()
    {
        var prediction = FilterPredictionRule.Evaluate(Window(levelNow: 80, slopePerHour: 0.5), Options)!;
        Assert.Equal(Component.Filter, prediction.Component);
        Assert.Equal(Newest, prediction.IssuedAt);
        Assert.Equal(Newest.AddHours(40), prediction.PredictedFailureAt, TimeSpan.FromSeconds(1));
        Assert.True(prediction.FailureWindowStart <= prediction.PredictedFailureAt && prediction.PredictedFailureAt <= prediction.FailureWindowEnd);
        Assert.Contains("100 kPa", prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CrossingBeyondHorizon_NoPrediction() =>
        Assert.Null(FilterPredictionRule.Evaluate(Window(levelNow: 50, slopePerHour: 0.2), Options));

    [Fact]
    public void Evaluate_EmptyWindow_NoPrediction() =>
        Assert.Null(FilterPredictionRule.Evaluate(new DeviceWindow("s", "d", "m", [], [], [], []), Options));

    [Fact]
    public void Evaluate_AsOfEarlierTime_SeesOnlySamplesUpToThen()
    {
        var window = Window(levelNow: 80, slopePerHour: 0.5);
        var earlier = Newest.AddHours(-30); // level 65 then: crossing 70 h later, inside the horizon
        var prediction = FilterPredictionRule.Evaluate(window, Options, earlier)!;
        Assert.Equal(earlier, prediction.IssuedAt);
        Assert.Equal(Newest.AddHours(40), prediction.PredictedFailureAt, TimeSpan.FromSeconds(1));
        Assert.Null(FilterPredictionRule.Evaluate(window, Options, Newest.AddHours(-40)));
    }

    [Fact]
    public void Evaluate_StuckPressureSensor_NoPrediction()
    {
        var window = Window(levelNow: 80, slopePerHour: 0.5);
        Array.Fill(window.PressureDropKpa, 90.0);
        Assert.Null(FilterPredictionRule.Evaluate(window, Options));
    }

    [Fact]
    public void Evaluate_ImplausiblePressureReadings_NoPrediction()
    {
        var window = Window(levelNow: 80, slopePerHour: 0.5);
        window.PressureDropKpa.AsSpan(84).Fill(5000);
        Assert.Null(FilterPredictionRule.Evaluate(window, Options));
    }
}
