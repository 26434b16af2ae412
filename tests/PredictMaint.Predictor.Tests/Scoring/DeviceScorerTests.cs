using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class DeviceScorerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { ClearEvaluationsBeforeRetraction = 3, TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // Five days of 10-minute samples clogging 0.5 kPa/h from 40 kPa with a little seeded noise.
    private static DeviceWindow Degrading()
    {
        var random = new Random(5);
        var times = Enumerable.Range(0, 5 * 24 * 6).Select(i => Start.AddMinutes(10 * i)).ToArray();
        var pressure = times.Select(t => 40 + ((t - Start).TotalHours * 0.5) + random.NextDouble() - 0.5).ToArray();
        return new DeviceWindow("s", "d", "m", times, pressure, times.Select(_ => 3.9 + (random.NextDouble() * 0.2)).ToArray(), times.Select(_ => 20.0).ToArray());
    }

    private static DateTimeOffset[] Hourly(double fromHours, double toHours) =>
        Enumerable.Range((int)fromHours, (int)(toHours - fromHours) + 1).Select(h => Start.AddHours(h)).ToArray();

    [Fact]
    public void ScoreFilter_DegradingWithoutVisit_PredictsOnceAndKeepsQuietAfterwards()
    {
        var decisions = DeviceScorer.ScoreFilter(Degrading(), Hourly(72, 110), new MaintenanceLog(), new PredictionTracker(Options), Options);
        Assert.NotNull(decisions[0].Prediction);
        Assert.All(decisions, d => Assert.Null(d.Retraction));
        Assert.InRange(decisions.Count, 1, 5);
    }

    [Fact]
    public void ScoreFilter_VisitWithoutNewData_ModelIgnoresTheOldFilterAndRetracts()
    {
        // The same rising data after the visit: only the few samples since the visit count, too
        // few for a trend, so the prediction made from the old filter's history is withdrawn.
        var maintenance = new MaintenanceLog();
        var tracker = new PredictionTracker(Options);
        var window = Degrading();
        Assert.NotNull(DeviceScorer.ScoreFilter(window, Hourly(90, 100), maintenance, tracker, Options)[0].Prediction);
        maintenance.Record("s", "d", Component.Filter, Start.AddHours(100.5));
        var after = DeviceScorer.ScoreFilter(window, Hourly(101, 103), maintenance, tracker, Options);
        Assert.NotNull(Assert.Single(after).Retraction);
    }

    [Fact]
    public void ScoreFilter_VisitLaterThanEvaluation_DoesNotAffectEarlierTimes()
    {
        var maintenance = new MaintenanceLog();
        maintenance.Record("s", "d", Component.Filter, Start.AddHours(119));
        var decisions = DeviceScorer.ScoreFilter(Degrading(), Hourly(72, 110), maintenance, new PredictionTracker(Options), Options);
        Assert.NotNull(decisions[0].Prediction);
        Assert.All(decisions, d => Assert.Null(d.Retraction));
    }
}
