using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>
/// The hourly means ingest's rollup worker writes to <c>telemetry_1h</c> (UTC hours, mean of the
/// readings present), computed from raw samples so the fleet evaluation feeds the bearing rule
/// what the service reads.
/// </summary>
internal static class HourlyRollup
{
    /// <summary><paramref name="channels"/>: vibration RMS, kurtosis, pump running, pump current, flow, pressure drop, then optionally inlet and outlet pressure.</summary>
    public static HourlyFeatures Of(string siteId, string deviceId, DateTimeOffset[] times, List<double>[] channels)
    {
        var hours = new List<DateTimeOffset>();
        var means = channels.Select(_ => new List<double>()).ToArray();
        var start = 0;
        while (start < times.Length)
        {
            var hour = new DateTimeOffset(times[start].UtcDateTime.Date.AddHours(times[start].UtcDateTime.Hour), TimeSpan.Zero);
            var end = start;
            while (end < times.Length && times[end] < hour.AddHours(1))
            {
                end++;
            }

            hours.Add(hour);
            for (var c = 0; c < channels.Length; c++)
            {
                means[c].Add(Mean(channels[c], start, end));
            }

            start = end;
        }

        return new HourlyFeatures(siteId, deviceId, [.. hours], [.. means[0]], [.. means[1]], [.. means[2]])
        {
            PumpCurrentMean = [.. means[3]],
            FlowMean = [.. means[4]],
            PressureDropMean = [.. means[5]],
            InletPressureMean = channels.Length > 6 ? [.. means[6]] : [],
            OutletPressureMean = channels.Length > 7 ? [.. means[7]] : [],
        };
    }

    // InfluxQL mean() ignores missing fields; an hour with none has no value.
    private static double Mean(List<double> values, int start, int end)
    {
        double sum = 0;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (double.IsFinite(values[i]))
            {
                sum += values[i];
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
