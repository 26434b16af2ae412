namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Which device times to evaluate a window at: every <see cref="PredictorOptions.EvaluationStep"/>
/// after the last evaluated time, and the newest sample. Pure.
/// </summary>
public static class EvaluationSchedule
{
    public static IReadOnlyList<DateTimeOffset> Times(DateTimeOffset[] sampleTimes, DateTimeOffset? lastEvaluated, TimeSpan step)
    {
        if (sampleTimes.Length == 0)
        {
            return [];
        }

        var newest = sampleTimes[^1];
        if (lastEvaluated is { } last && newest <= last)
        {
            return [];
        }

        var times = new List<DateTimeOffset>();
        for (var t = (lastEvaluated ?? sampleTimes[0]) + step; t < newest; t += step)
        {
            times.Add(t);
        }

        times.Add(newest);
        return times;
    }
}
