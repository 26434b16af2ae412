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

    // Twenty days of hourly rollups of a pump wearing from 0.15 to end of life at hour 480, running
    // 80 % of every hour at 4 L/min against 150 + 50 kPa, with a healthy bearing (about 1.1 mm/s, no
    // impacts); the current sensor reads `gain(hour)` times the truth.
    private static HourlyFeatures WearingPump(Func<int, double> gain)
    {
        var random = new Random(6);
        var vibration = new Random(7);
        var hours = Enumerable.Range(0, 480).Select(h => Start.AddHours(h)).ToArray();
        var plate = Options.Pump;
        var hydraulicWatts = PumpNameplate.HydraulicWatts(4, plate.MembranePressureKpa + 50);
        double Amps(int h) => (plate.NoLoadWatts + (hydraulicWatts / (plate.NewEfficiency * (1 - (0.15 + (0.15 * h / 480.0)))))) / plate.SupplyVolts
            * gain(h) * (1 + (0.002 * (random.NextDouble() - 0.5)));
        return new HourlyFeatures("s", "d", hours, hours.Select(_ => 0.8 * (1.1 + (0.05 * vibration.NextDouble()))).ToArray(), hours.Select(_ => 3.0).ToArray(), hours.Select(_ => 0.8).ToArray())
        {
            PumpCurrentMean = hours.Select((_, h) => 0.8 * Amps(h)).ToArray(),
            FlowMean = hours.Select(_ => 0.8 * 4.0).ToArray(),
            PressureDropMean = hours.Select(_ => 0.8 * 50.0).ToArray(),
        };
    }

    [Fact]
    public void ScoreHourly_PumpSensorSuspectAfterATicket_NeitherRetractsNorRaises()
    {
        // The ticket stands on clean hours; then the current sensor spikes every fifth hour, so every
        // later evaluation sees a faulty reading within its last 48 h: unknown, far longer than the
        // three clear evaluations that would retract.
        var pump = WearingPump(h => h >= 433 && h % 5 == 0 ? 1.6 : 1);
        var maintenance = new MaintenanceLog();
        var tracker = new PredictionTracker(Options);
        Assert.Equal(Component.Pump, Assert.Single(DeviceScorer.ScoreHourly(pump, Hourly(432, 432), maintenance, tracker, Options)).Prediction!.Component);

        var verdicts = new List<RuleVerdict>();
        var tally = new EvaluationTally();
        var later = DeviceScorer.ScoreHourly(pump, Hourly(436, 446), maintenance, tracker, Options, tally, (component, _, verdict) =>
        {
            if (component == Component.Pump)
            {
                verdicts.Add(verdict);
            }
        });

        Assert.Empty(later);
        Assert.Equal(11, verdicts.Count);
        Assert.All(verdicts, v => Assert.True(v.IsSensorSuspect));
        Assert.Equal(11, tally.SensorSuspect);
    }

    [Fact]
    public void ScoreHourly_PumpRepairedAfterATicket_ClearRetracts()
    {
        // The contrast: after a visit the rule has too few hours to trend, which is clear, not unknown.
        var pump = WearingPump(_ => 1);
        var maintenance = new MaintenanceLog();
        var tracker = new PredictionTracker(Options);
        Assert.NotNull(Assert.Single(DeviceScorer.ScoreHourly(pump, Hourly(432, 432), maintenance, tracker, Options)).Prediction);
        maintenance.Record("s", "d", Component.Pump, Start.AddHours(432.5));
        var tally = new EvaluationTally();
        var later = DeviceScorer.ScoreHourly(pump, Hourly(433, 435), maintenance, tracker, Options, tally);
        Assert.Equal(Component.Pump, Assert.Single(later).Retraction!.Component);
        Assert.Equal(0, tally.SensorSuspect);
    }
}
