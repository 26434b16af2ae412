using MathNet.Numerics.LinearAlgebra;
using PredictMaint.Predictor.Models.Regression;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Tells a rise of the pump wear indicator S = η₀ (I·U − P₀) / (Q·H) that wear made from one a
/// slowly drifting current or flow sensor made. To S they look alike, and a drift of 1–3 % a day
/// is as slow as fast wear, so no rate limit separates them; the other readings do:
/// <list type="bullet">
/// <item>A current sensor's gain error scales every reading, the motor's no-load draw P₀ included;
/// lost hydraulic efficiency (wear) adds power in proportion to the hydraulic load and leaves P₀
/// alone. The intercept of electrical power I·U against hydraulic power Q·H, fitted over hours of
/// different load with both terms free to change linearly in time, is P₀ times the gain: when its
/// relative rate is at least <see cref="ExplainedShare"/> of ln S's, the current sensor explains
/// the rise.</item>
/// <item>A flow meter reading low lowers Q in S and in the filter's apparent resistance ΔP/Q
/// alike, and the drop gauge does not depend on it; wear leaves ΔP/Q alone. When the median
/// ln(ΔP/Q) of the newer half of the hours rose from the older half's by at least
/// <see cref="ExplainedShare"/> of ln S's rise, the flow meter explains it. A filter clogging that
/// fast while the pump wears cannot be told from a drifting flow meter (two ratios, three unknown
/// trends), so it is not trusted either.</item>
/// <item>Wear advances with the hours run; a sensor that begins to drift lifts S from that day on.
/// When the rise bent upward inside the window and the bend is at least <see cref="ExplainedShare"/>
/// of the pace since (<see cref="PumpRiseOnset"/>), a drift explains it.</item>
/// </list>
/// A check without enough hours (or, for the intercept, without enough variation of the load) is
/// skipped. Pure.
/// </summary>
public static class PumpSensorCrossCheck
{
    /// <summary>The midpoint between "the sensor explains none of the rise" (0) and "all of it" (1).</summary>
    public const double ExplainedShare = 0.5;

    /// <summary>How far (as a share of ln S's rise) ln(ΔP/Q) may miss moving in lockstep with ln S and still be read as the flow meter.</summary>
    public const double LockstepTolerance = 0.25;

    /// <summary>Hydraulic power must vary by at least this coefficient of variation over the hours to fit an intercept.</summary>
    public const double MinimumLoadVariation = 0.1;

    /// <summary>Fewest hours in each half (and half the fewest for the intercept fit).</summary>
    public const int MinimumHoursPerHalf = 24;

    /// <summary>What explains the indicator's rise over <paramref name="hours"/> (oldest first).</summary>
    public static PumpRiseWitness Judge(IReadOnlyList<PumpHour> hours, PumpNameplate plate)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(plate);
        var half = hours.Count / 2;
        if (half < MinimumHoursPerHalf)
        {
            return PumpRiseWitness.Wear;
        }

        var older = hours.Take(half).ToArray();
        var newer = hours.Skip(hours.Count - half).ToArray();
        var rise = LogMedian(newer, h => h.Indicator) - LogMedian(older, h => h.Indicator);
        if (!(rise > 0))
        {
            return PumpRiseWitness.Wear;
        }

        var resistanceRise = LogMedian(newer, h => h.DropPerFlow) - LogMedian(older, h => h.DropPerFlow);
        if (Math.Abs(resistanceRise - rise) <= LockstepTolerance * rise)
        {
            return PumpRiseWitness.FlowSensor;
        }

        var indicatorRate = IndicatorLogRate(hours);
        if (indicatorRate > 0 && NoLoadLogRate(hours, plate) is { } noLoad && noLoad.Rate >= ExplainedShare * indicatorRate && noLoad.Rate >= 2 * noLoad.StandardError)
        {
            return PumpRiseWitness.CurrentSensor;
        }

        return PumpRiseOnset.BentShare(hours, MinimumHoursPerHalf) >= ExplainedShare ? PumpRiseWitness.DriftOnset : PumpRiseWitness.Wear;
    }

    /// <summary>
    /// The no-load draw's relative rate of change per hour, from the least-squares fit
    /// I·U = a₀ + a₁·t + (b₀ + b₁·t)·Q·H over all <paramref name="hours"/> (t centred): a₁ / a₀.
    /// Null when the load hardly varies, too few hours or the intercept is not positive.
    /// </summary>
    public static (double Rate, double StandardError)? NoLoadLogRate(IReadOnlyList<PumpHour> hours, PumpNameplate plate)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(plate);
        var rows = hours.Where(h => double.IsFinite(h.HydraulicWatts) && double.IsFinite(h.Amps)).ToArray();
        if (rows.Length < 2 * MinimumHoursPerHalf)
        {
            return null;
        }

        var meanT = rows.Average(h => h.Hour);
        var meanX = rows.Average(h => h.HydraulicWatts);
        var spread = Math.Sqrt(rows.Average(h => (h.HydraulicWatts - meanX) * (h.HydraulicWatts - meanX)));
        if (!(spread >= MinimumLoadVariation * meanX))
        {
            return null;
        }

        // Least squares of the four-term model (t in days, centred, keeps it well conditioned); the
        // a₁ entry of (XᵀX)⁻¹ gives its standard error.
        var design = Matrix<double>.Build.Dense(rows.Length, 4, (i, j) =>
        {
            var t = (rows[i].Hour - meanT) / 24;
            return j switch { 0 => 1, 1 => t, 2 => rows[i].HydraulicWatts, _ => t * rows[i].HydraulicWatts };
        });
        var power = Vector<double>.Build.Dense(rows.Length, i => rows[i].Amps * plate.SupplyVolts);
        var normal = design.TransposeThisAndMultiply(design);
        if (!(normal.ConditionNumber() < 1e12))
        {
            return null;
        }

        var inverse = normal.Inverse();
        var beta = inverse * design.TransposeThisAndMultiply(power);
        if (!(beta[0] > 0))
        {
            return null;
        }

        var residual = power - (design * beta);
        var slopeError = Math.Sqrt(residual.DotProduct(residual) / (rows.Length - 4) * inverse[1, 1]);
        return (beta[1] / beta[0] / 24, slopeError / beta[0] / 24);
    }

    // Least-squares slope of ln S against the hour: the indicator's relative rate per hour.
    private static double IndicatorLogRate(IReadOnlyList<PumpHour> hours)
    {
        var rows = hours.Where(h => h.Indicator > 0).ToArray();
        return LeastSquaresLine.Fit([.. rows.Select(h => h.Hour)], [.. rows.Select(h => Math.Log(h.Indicator))]) is { } line ? line.Slope : double.NaN;
    }

    private static double LogMedian(PumpHour[] hours, Func<PumpHour, double> value)
    {
        var values = hours.Select(value).Where(v => v > 0).Order().ToArray();
        return values.Length == 0 ? double.NaN : Math.Log(values[values.Length / 2]);
    }
}
