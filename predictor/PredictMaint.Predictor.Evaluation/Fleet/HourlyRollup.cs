using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>
/// The hourly means ingest's rollup worker writes to <c>telemetry_1h</c> (UTC hours, mean of the
/// readings present), computed from raw samples so the fleet evaluation feeds the bearing rule
/// what the service reads.
/// </summary>
internal static class HourlyRollup
{
    public static HourlyFeatures Of(string siteId, string deviceId, DateTimeOffset[] times, List<double> rms, List<double> kurtosis, List<double> running)
    {
        var hours = new List<DateTimeOffset>();
        List<double> rmsMean = [], kurtosisMean = [], runningMean = [];
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
            rmsMean.Add(Mean(rms, start, end));
            kurtosisMean.Add(Mean(kurtosis, start, end));
            runningMean.Add(Mean(running, start, end));
            start = end;
        }

        return new HourlyFeatures(siteId, deviceId, [.. hours], [.. rmsMean], [.. kurtosisMean], [.. runningMean]);
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
