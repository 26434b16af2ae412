using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class FilterEvidenceTests
{
    private static readonly DateTimeOffset Newest = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { EndOfLifePressureDropKpa = 100, RatedFlowLitresPerMinute = 4, TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    [Fact]
    public void Evaluate_Prediction_CarriesHistoryForecastAndThreshold()
    {
        var prediction = FilterPredictionRule.Evaluate(Window(n: 96, levelNow: 80, slopePerHour: 0.5), Options, Newest).Prediction!;
        var evidence = prediction.Evidence!;

        Assert.Equal(100, evidence.Threshold);
        Assert.Equal("kPa", evidence.Unit);
        Assert.Contains("pressure_drop_kpa", evidence.ContributingSensors);
        Assert.True(evidence.History.Zip(evidence.History.Skip(1)).All(p => p.First.Time < p.Second.Time), "history is oldest first");
        Assert.Equal(Newest, evidence.History[^1].Time);
        Assert.Equal(80, evidence.History[^1].Value, 1);
        Assert.Equal(prediction.PredictedFailureAt, evidence.Forecast[^1].Time);
        Assert.Equal(100, evidence.Forecast[^1].Value, 3);
    }

    [Fact]
    public void Evaluate_LongWindow_HistoryThinnedToChartSize()
    {
        var options = new PredictorOptions
        {
            EndOfLifePressureDropKpa = 100, RatedFlowLitresPerMinute = 4, TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k",
            TrendWindow = TimeSpan.FromDays(60), Horizon = TimeSpan.FromDays(30),
        };
        var prediction = FilterPredictionRule.Evaluate(Window(n: 1000, levelNow: 80, slopePerHour: 0.05), options, Newest).Prediction!;

        Assert.InRange(prediction.Evidence!.History.Count, FilterEvidence.MaxHistoryPoints / 2, FilterEvidence.MaxHistoryPoints);
    }

    // Hourly samples at rated flow, rising linearly to levelNow at Newest.
    private static DeviceWindow Window(int n, double levelNow, double slopePerHour)
    {
        var times = Enumerable.Range(0, n).Select(i => Newest.AddHours(i - n + 1)).ToArray();
        // A ±1 % daily ripple on the flow (a frozen meter is a sensor fault), the drop following it.
        var flow = times.Select((_, i) => 4.0 * (1 + (0.01 * Math.Sin(2 * Math.PI * i / 24)))).ToArray();
        var pressure = times.Select((t, i) => (levelNow + (slopePerHour * (t - Newest).TotalHours)) * flow[i] / 4.0).ToArray();
        return new DeviceWindow("site-1", "dev-1", "aqua-400", times, pressure, flow, Enumerable.Repeat(20.0, n).ToArray());
    }
}
