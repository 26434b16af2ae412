using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class PumpPredictionRuleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    // Degradation from 0.15, reaching the 0.3 end of life at hour 480.
    private static double Wear(double h) => 0.15 + (0.15 * h / 480);

    // Twenty days of hourly rollups; the pump runs 80 % of every hour at 4 L/min against 150 + 50 kPa.
    private static HourlyFeatures Features(Func<double, double> wear, Func<double, double>? currentScale = null)
    {
        var random = new Random(6);
        var hours = Enumerable.Range(0, 480).Select(h => Start.AddHours(h)).ToArray();
        var plate = Options.Pump;
        var hydraulicWatts = 4 / 60_000.0 * (plate.MembranePressureKpa + 50) * 1000;
        double Amps(int h) => (plate.NoLoadWatts + (hydraulicWatts / (plate.NewEfficiency * (1 - wear(h))))) / plate.SupplyVolts
            * (currentScale ?? (_ => 1))(h) * (1 + (0.002 * (random.NextDouble() - 0.5)));
        return new HourlyFeatures("s", "d", hours, hours.Select(_ => 1.1).ToArray(), hours.Select(_ => 3.0).ToArray(), hours.Select(_ => 0.8).ToArray())
        {
            PumpCurrentMean = hours.Select((_, h) => 0.8 * Amps(h)).ToArray(),
            FlowMean = hours.Select(_ => 0.8 * 4.0).ToArray(),
            PressureDropMean = hours.Select(_ => 0.8 * 50.0).ToArray(),
        };
    }

    [Fact]
    public void Evaluate_SteadyWear_PredictsEndOfLifeWithin25Percent()
    {
        var asOf = Start.AddHours(432);
        var prediction = PumpPredictionRule.Evaluate(Features(Wear), Options, asOf).Prediction!;
        Assert.Equal(Component.Pump, prediction.Component);
        Assert.InRange((prediction.PredictedFailureAt - asOf).TotalHours, 48 * 0.75, 48 * 1.25);
        Assert.Contains("pump_current_a", prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HealthyPump_Clear() =>
        Assert.Equal(RuleVerdict.Clear, PumpPredictionRule.Evaluate(Features(_ => 0.05), Options, Start.AddHours(432)));

    [Fact]
    public void Evaluate_CurrentSensorScaledWrong_SensorSuspect() =>
        // A current reading 30 % high from day 15 on: a step no wear makes.
        Assert.Equal(RuleVerdict.SensorSuspect, PumpPredictionRule.Evaluate(Features(_ => 0.05, h => h >= 360 ? 1.3 : 1), Options, Start.AddHours(432)));

    [Fact]
    public void Evaluate_CurrentSpikesInTheLastHours_SensorSuspect() =>
        // A wearing pump, but two of the last 48 hours carry a spiking current sensor: unknown, not a ticket.
        Assert.Equal(RuleVerdict.SensorSuspect, PumpPredictionRule.Evaluate(Features(Wear, h => h is 420 or 425 ? 1.6 : 1), Options, Start.AddHours(432)));

    [Fact]
    public void Evaluate_FlowMeterScaledWrongLongAgo_HealthyPumpStaysClear()
    {
        // A ×10 flow reading in the window's oldest day makes those hours look like a new pump; dropped,
        // they must not turn the healthy pump's flat indicator into a rising trend.
        var features = Features(_ => 0.05);
        for (var h = 100; h < 110; h++)
        {
            features.FlowMean[h] *= 10;
        }

        Assert.Null(PumpPredictionRule.Evaluate(features, Options, Start.AddHours(432)).Prediction);
        Assert.NotNull(PumpPredictionRule.Evaluate(Features(Wear), Options, Start.AddHours(432)).Prediction);
    }

    [Fact]
    public void Evaluate_PressureDropGaugeDisagreesWithInletMinusOutlet_NoPrediction()
    {
        // The wearing pump, but the drop gauge reads a third of inlet − outlet in the newest day: the head is unknown.
        var features = Features(Wear);
        var inlet = features.Hours.Select(_ => 0.8 * 320.0).ToArray();
        var outlet = inlet.Select((p, h) => p - features.PressureDropMean[h]).ToArray();
        for (var h = 420; h < 432; h++)
        {
            features.PressureDropMean[h] /= 3;
        }

        Assert.Null(PumpPredictionRule.Evaluate(features with { InletPressureMean = inlet, OutletPressureMean = outlet }, Options, Start.AddHours(432)).Prediction);
    }

    [Fact]
    public void Evaluate_WearingPumpWithDaysOfMissingCurrentReadings_StillPredicts()
    {
        // Wear from 0.05 to end of life in 20 days: the indicator's daily median moves ~1.5 % a day, so
        // across four days without current readings it moves ~7 %, which is wear, not a faulty sensor.
        static double FastWear(double h) => 0.05 + (0.25 * h / 480);
        var features = Features(FastWear);
        for (var h = 300; h < 396; h++)
        {
            features.PumpCurrentMean[h] = double.NaN;
        }

        var asOf = Start.AddHours(432);
        var prediction = PumpPredictionRule.Evaluate(features, Options, asOf).Prediction;

        Assert.NotNull(prediction);
        Assert.InRange((prediction.PredictedFailureAt - asOf).TotalHours, 48 * 0.5, 48 * 1.5);
    }

    [Fact]
    public void Evaluate_StepThatEndedDaysAgo_PredictsFromTheDaysSinceAndNotFromARecentOne()
    {
        // A leak or a faulty flow meter made the flow read 15 % high for two days (a step of the daily
        // indicator no wear makes, yet small enough to pass the hour-by-hour screen); it ended 172 h before
        // the evaluation. The days since are clean wear and enough to predict from.
        static HourlyFeatures WithStep(int from, int to)
        {
            var features = Features(Wear);
            for (var h = from; h < to; h++)
            {
                features.FlowMean[h] *= 1.15;
            }

            return features;
        }

        var asOf = Start.AddHours(432);
        var prediction = PumpPredictionRule.Evaluate(WithStep(212, 260), Options, asOf).Prediction;
        Assert.NotNull(prediction);
        Assert.InRange((prediction.PredictedFailureAt - asOf).TotalHours, 48 * 0.5, 48 * 1.5);

        // The same step ending 60 h ago: too recent to tell whether the sensor is right now.
        Assert.Equal(RuleVerdict.SensorSuspect, PumpPredictionRule.Evaluate(WithStep(324, 372), Options, asOf));
    }

    // Twenty days with the flow cycling 2.2–4.4 L/min hour by hour and the drop following it: the
    // load variation that lets the cross-check see the motor's no-load draw.
    private static HourlyFeatures VariedLoad(Func<double, double> wear, Func<double, double> currentGain)
    {
        var hours = Enumerable.Range(0, 480).Select(h => Start.AddHours(h)).ToArray();
        var plate = Options.Pump;
        double Flow(int h) => 2.2 + (0.22 * (h % 11));
        double Amps(int h) => (plate.NoLoadWatts + (PumpNameplate.HydraulicWatts(Flow(h), plate.MembranePressureKpa + (12 * Flow(h))) / (plate.NewEfficiency * (1 - wear(h)))))
            / plate.SupplyVolts * currentGain(h);
        return new HourlyFeatures("s", "d", hours, hours.Select(_ => 1.1).ToArray(), hours.Select(_ => 3.0).ToArray(), hours.Select(_ => 0.8).ToArray())
        {
            PumpCurrentMean = hours.Select((_, h) => 0.8 * Amps(h)).ToArray(),
            FlowMean = hours.Select((_, h) => 0.8 * Flow(h)).ToArray(),
            PressureDropMean = hours.Select((_, h) => 0.8 * 12 * Flow(h)).ToArray(),
        };
    }

    [Fact]
    public void Evaluate_CurrentSensorGainDriftingOnAHealthyPump_NoPredictionWhereWearOfTheSamePacePredicts()
    {
        // A gain creeping up 2 % a day for 18 days lifts S about as far as wear to end of life does, too
        // slowly for the step check; the no-load draw rising with it gives the sensor away.
        var asOf = Start.AddHours(432);
        Assert.NotNull(PumpPredictionRule.Evaluate(VariedLoad(Wear, _ => 1), Options, asOf).Prediction);
        Assert.Equal(RuleVerdict.SensorSuspect, PumpPredictionRule.Evaluate(VariedLoad(_ => 0.05, h => 1 + (0.02 * h / 24)), Options, asOf));
    }

    [Fact]
    public void Evaluate_CurrentGainDriftThatJustStopped_SensorSuspect()
    {
        // A gain creeping up 1.5 % a day that snapped back to 1 three hours ago: the newest hours fall
        // a fifth below the day before, which no pump does; the fit would still see the drift's rise.
        var asOf = Start.AddHours(432);
        var verdict = PumpPredictionRule.Evaluate(VariedLoad(_ => 0.05, h => h >= 429 ? 1 : 1 + (0.015 * h / 24)), Options, asOf);
        Assert.Equal(RuleVerdict.SensorSuspect, verdict);
    }
}
