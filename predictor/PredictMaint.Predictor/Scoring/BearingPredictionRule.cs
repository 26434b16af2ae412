using System.Globalization;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Models.DataQuality;
using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Bearing end of life from hourly vibration: the RMS velocity while the pump runs, fitted by the
/// exponential degradation model with a fleet prior, against the ISO 10816-1 class I zone C/D
/// boundary (4.5 mm/s). Pure: device time only, no I/O.
/// </summary>
/// <remarks>
/// A spalling bearing makes the vibration impulsive, so a rise in RMS is believed only when the
/// kurtosis confirms it (above <see cref="ImpactKurtosis"/>; Gaussian vibration has 3): a
/// mis-scaled or drifting RMS sensor shows no impacts. The hourly RMS mean covers idle minutes
/// too, so it is divided by the share of the hour the pump ran, over hours it ran at least half.
/// </remarks>
public static class BearingPredictionRule
{
    public const string ModelVersion = "bearing-expdeg-0.1";
    public const double EndOfLifeRmsMillimetresPerSecond = 4.5;
    public const double ImpactKurtosis = 3.6;
    private const int MinimumHours = 12;

    /// <summary>
    /// Fleet prior for ln(RMS) = θ + β·t (t in hours from now): θ around a healthy small machine's
    /// 1.4 mm/s (ISO 10816-1 zone B), β around 0 with room for a doubling within about three days.
    /// </summary>
    public static ExponentialDegradationPrior FleetPrior { get; } = new(
        MeanTheta: Math.Log(1.4), MeanBeta: 0, VarianceTheta: 1.0, VarianceBeta: 0.01 * 0.01, Covariance: 0, NoiseStd: 0.05);

    /// <summary>
    /// Evaluates the bearing as it stood at device time <paramref name="asOf"/>: a missing, stuck or
    /// implausible RMS reading makes the verdict <see cref="RuleVerdict.SensorSuspect"/>; too few
    /// hours, no impacts or a distant end of life make it clear.
    /// </summary>
    public static RuleVerdict Evaluate(HourlyFeatures features, PredictorOptions options, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        var hours = new List<double>();
        var rms = new List<double>();
        var kurtosis = new List<double>();
        for (var i = 0; i < features.Hours.Length; i++)
        {
            var age = (asOf - features.Hours[i]).TotalHours;
            var running = features.PumpRunningMean[i];
            // An hour's rollup is complete only once the hour is over.
            if (age < 1 || age > options.BearingWindow.TotalHours || !(running >= 0.5) || !double.IsFinite(features.VibrationRmsMean[i]))
            {
                continue;
            }

            hours.Add(-age);
            rms.Add(features.VibrationRmsMean[i] / running);
            kurtosis.Add(features.VibrationKurtosisMean[i]);
        }

        if (hours.Count < MinimumHours)
        {
            return RuleVerdict.Clear;
        }

        if (SensorQualityGate.Check(rms.ToArray(), new SensorLimits(Minimum: 0, Maximum: 50)) != SensorFault.None)
        {
            return RuleVerdict.SensorSuspect;
        }

        if (!(kurtosis.TakeLast(MinimumHours).Average() >= ImpactKurtosis))
        {
            return RuleVerdict.Clear;
        }

        var estimate = ExponentialDegradationModel.Estimate(hours.ToArray(), rms.ToArray(), 0, EndOfLifeRmsMillimetresPerSecond, FleetPrior);
        return RuleVerdict.Of(DegradationPrediction.Within(estimate, features, Component.Bearing, asOf, options, ModelVersion, () => string.Create(CultureInfo.InvariantCulture,
                $"Bearing vibration (vibration_rms_mm_s) is {rms[^1]:0.0} mm/s and rising exponentially with impacts (kurtosis {kurtosis[^1]:0.0}, vibration_kurtosis); it reaches the {EndOfLifeRmsMillimetresPerSecond} mm/s ISO 10816 limit in about {estimate.Median:0} h.")));
    }
}
