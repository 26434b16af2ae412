namespace PredictMaint.Predictor.Models.DataQuality;

/// <summary>
/// The data-quality gate in front of every component model: a window that is mostly missing,
/// frozen at one value, or outside the sensor's physical range yields a sensor fault, and the
/// caller must report that instead of a component prediction — a broken gauge must never read as
/// a clogged filter or a failing pump.
/// </summary>
public static class SensorQualityGate
{
    /// <summary>The first fault found (missing, then implausible, then stuck), or <see cref="SensorFault.None"/>.</summary>
    public static SensorFault Check(ReadOnlySpan<double> readings, SensorLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (readings.IsEmpty)
        {
            return SensorFault.Missing;
        }

        int missing = 0, implausible = 0, run = 0;
        var previous = double.NaN;
        foreach (var value in readings)
        {
            if (!double.IsFinite(value))
            {
                missing++;
                continue;
            }

            if (value < limits.Minimum || value > limits.Maximum)
            {
                implausible++;
            }

            run = value == previous ? run + 1 : 1;
            previous = value;
        }

        if (missing > limits.MaximumMissingFraction * readings.Length)
        {
            return SensorFault.Missing;
        }

        if (implausible > limits.MaximumImplausibleFraction * (readings.Length - missing))
        {
            return SensorFault.Implausible;
        }

        // Only the newest run counts: a sensor that froze and came back is healthy now.
        return run >= limits.StuckRunLength ? SensorFault.Stuck : SensorFault.None;
    }
}
