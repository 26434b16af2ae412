using PredictMaint.Predictor.Evaluation.Fleet;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Evaluation.Fleet;

public sealed class FleetEvaluationTests
{
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://127.0.0.1/"), TicketingApiKey = "offline" };

    [Fact]
    public void Run_SameSeedTwice_IdenticalFigures()
    {
        var first = FleetEvaluation.Run(FleetEvaluation.Fleet(devices: 16, days: 20, seed: 7), Options);
        var second = FleetEvaluation.Run(FleetEvaluation.Fleet(devices: 16, days: 20, seed: 7), Options);
        Assert.Equal(first.All, second.All);
        Assert.Equal(first.ByComponent.OrderBy(c => c.Key, StringComparer.Ordinal), second.ByComponent.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(first.LastLine(), second.LastLine());
        Assert.Equal(3, first.ByComponent.Count);
    }

    [Fact]
    public void Run_SmallFleet_FailuresFoundAndJudged()
    {
        var result = FleetEvaluation.Run(FleetEvaluation.Fleet(devices: 30, days: 30, seed: 3), Options);
        Assert.Equal(30, result.Devices);
        Assert.True(result.All.Failures > 0, "the fleet plan makes a fifth of the filters fail");
        Assert.InRange(result.All.Detected, 1, result.All.Failures);
        Assert.InRange(result.All.TruePositives, 1, result.All.Alarms);
        Assert.StartsWith("fleet devices=30 precision=", result.LastLine(), StringComparison.Ordinal);
    }
}
