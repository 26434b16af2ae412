using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class PumpSensorCrossCheckTests
{
    private static readonly PumpNameplate Plate = new();

    // Ten hours a day for 14 days, flow cycling 2.2–4.4 L/min with the hour; the filter's true
    // resistance is 12 kPa per L/min times `clogging(day)`. The readings come from the physics:
    // I = (P₀ + Q·H / (η₀ (1 − d))) / U, scaled by the current sensor's gain; the flow meter
    // reads Q times its gain; the drop gauge reads the true drop.
    private static List<PumpHour> Hours(
        Func<double, double> degradation, Func<double, double>? currentGain = null, Func<double, double>? flowGain = null, Func<double, double>? clogging = null)
    {
        var random = new Random(11);
        var hours = new List<PumpHour>();
        for (var day = 0; day < 14; day++)
        {
            for (var h = 0; h < 10; h++)
            {
                var age = ((14 - day) * 24.0) - h;
                var t = day + (h / 24.0);
                var flow = 2.2 + (0.22 * h);
                var drop = 12 * flow * (clogging ?? (_ => 1))(t);
                var watts = PumpNameplate.HydraulicWatts(flow, Plate.MembranePressureKpa + drop);
                var amps = (Plate.NoLoadWatts + (watts / (Plate.NewEfficiency * (1 - degradation(t))))) / Plate.SupplyVolts
                    * (currentGain ?? (_ => 1))(t) * (1 + (0.004 * (random.NextDouble() - 0.5)));
                var flowRead = flow * (flowGain ?? (_ => 1))(t);
                var wattsRead = PumpNameplate.HydraulicWatts(flowRead, Plate.MembranePressureKpa + drop);
                hours.Add(new PumpHour(-age, Plate.NewEfficiency * Plate.ShaftWatts(amps) / wattsRead, amps, wattsRead, drop / flowRead));
            }
        }

        return hours;
    }

    [Fact]
    public void Judge_Wear_NoSensorExplainsIt() =>
        Assert.Equal(PumpRiseWitness.Wear, PumpSensorCrossCheck.Judge(Hours(t => 0.1 + (0.012 * t)), Plate));

    [Fact]
    public void Judge_CurrentGainDriftingUpOnAHealthyPump_CurrentSensor()
    {
        // 2.5 % a day: S rises about as fast as the wear above, but the no-load draw rises with it.
        var hours = Hours(_ => 0.05, currentGain: t => 1 + (0.025 * t));
        Assert.Equal(PumpRiseWitness.CurrentSensor, PumpSensorCrossCheck.Judge(hours, Plate));
        Assert.InRange(PumpSensorCrossCheck.NoLoadLogRate(hours, Plate)!.Value.Rate * 24, 0.015, 0.025);
    }

    [Fact]
    public void Judge_FlowMeterDriftingDownOnAHealthyPump_FlowSensor() =>
        Assert.Equal(PumpRiseWitness.FlowSensor, PumpSensorCrossCheck.Judge(Hours(_ => 0.05, flowGain: t => 1 - (0.02 * t)), Plate));

    [Fact]
    public void Judge_WearWhileTheFilterClogsFast_Wear()
    {
        // The filter's resistance rises far more than S: a drifting meter would need that clogging too,
        // so it explains nothing wear does not.
        var hours = Hours(t => 0.1 + (0.012 * t), clogging: t => Math.Exp(0.04 * t));
        Assert.Equal(PumpRiseWitness.Wear, PumpSensorCrossCheck.Judge(hours, Plate));
    }

    [Fact]
    public void Judge_FlowMeterDriftingDownFromDaySevenWhileTheFilterClogsFast_DriftOnset()
    {
        // The filter's resistance outruns S, so the two do not move in lockstep; but S was flat for a
        // week and then began to climb, which wear does not.
        var hours = Hours(_ => 0.05, flowGain: t => t < 7 ? 1 : 1 - (0.02 * (t - 7)), clogging: t => Math.Exp(0.04 * t));
        Assert.Equal(PumpRiseWitness.DriftOnset, PumpSensorCrossCheck.Judge(hours, Plate));
    }

    [Fact]
    public void NoLoadLogRate_ConstantLoad_Null()
    {
        var hours = Hours(t => 0.1 + (0.012 * t)).Select(h => h with { HydraulicWatts = 10 }).ToList();
        Assert.Null(PumpSensorCrossCheck.NoLoadLogRate(hours, Plate));
    }
}
