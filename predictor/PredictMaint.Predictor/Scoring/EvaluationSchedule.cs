namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Which device times to evaluate a window at: the points of a fixed grid (multiples of
/// <see cref="PredictorOptions.EvaluationStep"/> since the Unix epoch) after the last evaluated
/// one and not after the newest sample. A fixed grid makes the outcome independent of when the
/// scoring cycles happen to run, so accelerated and replayed data score exactly like live data.
/// Pure.
/// </summary>
public static class EvaluationSchedule
{
    public static IReadOnlyList<DateTimeOffset> Times(DateTimeOffset[] sampleTimes, DateTimeOffset? lastEvaluated, TimeSpan step)
    {
        if (sampleTimes.Length == 0)
        {
            return [];
        }

        var times = new List<DateTimeOffset>();
        for (var t = NextGridPoint(lastEvaluated ?? sampleTimes[0], step); t <= sampleTimes[^1]; t += step)
        {
            times.Add(t);
        }

        return times;
    }

    // The first grid point strictly after the given time.
    private static DateTimeOffset NextGridPoint(DateTimeOffset after, TimeSpan step)
    {
        var ticks = (after - DateTimeOffset.UnixEpoch).Ticks;
        var next = ((ticks / step.Ticks) + 1) * step.Ticks;
        return DateTimeOffset.UnixEpoch.AddTicks(next);
    }
}
