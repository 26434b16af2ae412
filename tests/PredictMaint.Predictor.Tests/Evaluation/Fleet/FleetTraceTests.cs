using PredictMaint.Predictor.Evaluation.Fleet;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Evaluation.Fleet;

public sealed class FleetTraceTests
{
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://127.0.0.1/"), TicketingApiKey = "offline" };

    [Fact]
    public void Run_OneDeviceOfTheFleet_ItsTruthVerdictsAndFiguresAlone()
    {
        var fleet = FleetEvaluation.Fleet(devices: 16, days: 20, seed: 7);
        using var output = new StringWriter();
        // A device whose filter and pump both fail inside the run.
        var result = FleetTrace.Run(fleet, Options, "pur-00004", output);
        Assert.NotNull(result);
        Assert.Equal(1, result.Devices);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("2026-", StringComparison.Ordinal) && l.Contains(" pump ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("truth filter failed (clogged) at 2026-", StringComparison.Ordinal));
        Assert.Equal(result.All.Alarms, lines.Count(l => l.StartsWith("ticket ", StringComparison.Ordinal)));
        Assert.True(result.All.Alarms > 0);
    }

    [Fact]
    public void Run_DeviceNotInTheFleet_Null() =>
        Assert.Null(FleetTrace.Run(FleetEvaluation.Fleet(devices: 4, days: 3, seed: 1), Options, "pur-99999", TextWriter.Null));
}
