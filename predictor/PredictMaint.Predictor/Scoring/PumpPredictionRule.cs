using System.Globalization;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Models.DataQuality;
using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Pump wear from hourly current against the hydraulic work done: the motor draws
/// I = (P₀ + P_h / η) / U with P_h = Q · (membrane pressure + filter drop), so the wear indicator
/// S = η₀ / η = η₀ (I·U − P₀) / P_h is 1 for a new pump and rises as seals, bushings and
/// impeller deposits waste power; end of life at S = 1 / (1 − d_end). ln S is fitted by the
/// exponential degradation model with a fleet prior. Pure: device time only, no I/O.
/// </summary>
public static class PumpPredictionRule
{
    public const string ModelVersion = "pump-expdeg-0.1";
    private const int MinimumHours = 48;

    /// <summary>
    /// Fleet prior for ln S = θ + β·t (t in hours from now): θ around a pump a little into its
    /// life (d ≈ 0.05), β around 0 with room for end of life within a few weeks.
    /// </summary>
    public static ExponentialDegradationPrior FleetPrior { get; } = new(
        MeanTheta: 0.05, MeanBeta: 0, VarianceTheta: 0.2 * 0.2, VarianceBeta: 0.001 * 0.001, Covariance: 0, NoiseStd: 0.01);

    /// <summary>
    /// Wear moves the indicator by under 2 % a day even on the fastest-failing pumps; a current or
    /// flow sensor that drifts, is mis-scaled or spikes moves it faster (or steps it), and so do
    /// leaks and dry runs. Compares the medians of consecutive days with data, allowing this much
    /// per day between them (a sensor gap of several days allows several days of wear).
    /// </summary>
    private const double MaximumDailyLogChange = 0.03;

    /// <summary>
    /// A step within this many hours makes the evaluation unknown (the sensor or the process may be
    /// off right now); an older one cuts the window: only the hours since are trended (fewer than
    /// <see cref="MinimumHoursAfterStep"/> of them: clear).
    /// </summary>
    private const double StepVetoHours = 96;

    /// <summary>Hours needed after a step to trend on.</summary>
    private const int MinimumHoursAfterStep = 96;

    /// <summary>
    /// Evaluates the pump as it stood at device time <paramref name="asOf"/>. A faulty reading now
    /// (the indicator screen, the current's quality gate, a recent step, or a rise a sensor explains)
    /// makes the verdict <see cref="RuleVerdict.SensorSuspect"/>; too few hours or a distant end of
    /// life make it clear.
    /// </summary>
    public static RuleVerdict Evaluate(HourlyFeatures features, PredictorOptions options, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        if (features.PumpCurrentMean.Length == 0 || features.FlowMean.Length == 0 || features.PressureDropMean.Length == 0)
        {
            return RuleVerdict.Clear;
        }

        var plate = options.Pump;
        var hours = new List<PumpHour>();
        var runHours = 0.0;
        for (var i = 0; i < features.Hours.Length; i++)
        {
            var age = (asOf - features.Hours[i]).TotalHours;
            var running = features.PumpRunningMean[i];
            if (age >= 1 && age <= options.PumpWindow.TotalHours && double.IsFinite(running))
            {
                // Every hour the pump ran wears it, also those whose readings are missing or left out below.
                runHours += running;
            }

            // Complete hours with the pump on at least half the time; means over running minutes.
            if (age < 1 || age > options.PumpWindow.TotalHours || !(running >= 0.5))
            {
                continue;
            }

            var amps = features.PumpCurrentMean[i] / running;
            var flow = features.FlowMean[i] / running;
            var hydraulicWatts = PumpNameplate.HydraulicWatts(flow, plate.MembranePressureKpa + (features.PressureDropMean[i] / running));
            // Dry runs and throttled hours carry no hydraulic load to judge efficiency by.
            if (!double.IsFinite(amps) || !(flow >= options.RatedFlowLitresPerMinute * options.MinimumFlowFraction) || !(hydraulicWatts > 0)
                || (double.IsFinite(features.PumpCurrentMean[i]) && !double.IsFinite(features.FlowMean[i])))
            {
                continue;
            }

            // A pressure-drop gauge that disagrees with inlet − outlet gives a wrong head: the hour is suspect (NaN).
            var indicator = DropGaugeAgrees(features, i) ? plate.NewEfficiency * plate.ShaftWatts(amps) / hydraulicWatts : double.NaN;
            hours.Add(new PumpHour(-age, indicator, amps, hydraulicWatts, features.PressureDropMean[i] / features.FlowMean[i]) { RunHours = runHours });
        }

        if (!PumpIndicatorScreen.Clean(hours, options))
        {
            return RuleVerdict.SensorSuspect;
        }

        if (hours.Count < MinimumHours)
        {
            return RuleVerdict.Clear;
        }

        if (SensorQualityGate.Check(hours.Select(h => h.Amps).ToArray(), new SensorLimits(Minimum: 0, Maximum: 20)) != SensorFault.None)
        {
            return RuleVerdict.SensorSuspect;
        }

        if (LastStepDay(hours) is { } day)
        {
            var boundary = day * 24.0;
            if (-boundary <= StepVetoHours)
            {
                return RuleVerdict.SensorSuspect;
            }

            // The fault (or episode) has passed: only the hours since are trended, and too few of them is clear, as after a visit.
            hours.RemoveRange(0, hours.FindIndex(h => h.Hour >= boundary));
            if (hours.Count < MinimumHoursAfterStep)
            {
                return RuleVerdict.Clear;
            }
        }

        var threshold = 1 / (1 - plate.EndOfLifeDegradation);
        var estimate = ExponentialDegradationModel.Estimate(hours.Select(h => h.Hour).ToArray(), hours.Select(h => h.Indicator).ToArray(), 0, threshold, FleetPrior);
        if (!(estimate.Median <= options.Horizon.TotalHours))
        {
            return RuleVerdict.Clear;
        }

        // A rise the current or flow sensor explains as well as wear does is no ticket (checked only when one is due).
        if (PumpSensorCrossCheck.Judge(hours, plate) != PumpRiseWitness.Wear)
        {
            return RuleVerdict.SensorSuspect;
        }

        return RuleVerdict.Of(DegradationPrediction.Within(estimate, features, Component.Pump, asOf, options, ModelVersion, () => string.Create(CultureInfo.InvariantCulture,
                $"Pump draws {hours[^1].Amps:0.00} A for its flow and head (pump_current_a vs flow_lpm, pressure_drop_kpa): efficiency is {1 / hours[^1].Indicator:P0} of new and falling; it reaches the {1 - plate.EndOfLifeDegradation:P0} end-of-life level in about {estimate.Median:0} h.")));
    }

    private static bool DropGaugeAgrees(HourlyFeatures features, int i)
    {
        if (features.InletPressureMean.Length == 0 || features.OutletPressureMean.Length == 0)
        {
            return true;
        }

        var balance = features.InletPressureMean[i] - features.OutletPressureMean[i];
        return !double.IsFinite(balance) || FilterSensorScreen.GaugesAgree(features.PressureDropMean[i], balance);
    }

    /// <summary>
    /// The newest day (hours ÷ 24, floored; hours are negative ages, oldest first) whose indicator
    /// median moved from the previous day with data by more than wear can in the days between, or null.
    /// </summary>
    private static int? LastStepDay(List<PumpHour> hours)
    {
        int? step = null;
        var previous = double.NaN;
        var previousDay = 0;
        var values = new List<double>();
        var i = 0;
        while (i < hours.Count)
        {
            var day = (int)Math.Floor(hours[i].Hour / 24);
            values.Clear();
            for (; i < hours.Count && (int)Math.Floor(hours[i].Hour / 24) == day; i++)
            {
                values.Add(hours[i].Indicator);
            }

            if (values.Count < 6)
            {
                continue;
            }

            values.Sort();
            var median = Math.Log(values[values.Count / 2]);
            if (double.IsFinite(previous) && Math.Abs(median - previous) > MaximumDailyLogChange * (day - previousDay))
            {
                step = day;
            }

            previous = median;
            previousDay = day;
        }

        return step;
    }
}
