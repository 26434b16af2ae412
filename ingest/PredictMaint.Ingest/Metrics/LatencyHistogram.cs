namespace PredictMaint.Ingest.Metrics;

/// <summary>A thread-safe cumulative histogram of durations with fixed buckets, as Prometheus expects.</summary>
public sealed class LatencyHistogram
{
    /// <summary>Upper bounds in seconds: a batch write takes milliseconds when healthy, up to the retry cap when not.</summary>
    public static IReadOnlyList<double> BucketBoundsSeconds { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly long[] _counts = new long[BucketBoundsSeconds.Count + 1];
    private long _sumMicroseconds;

    public void Observe(TimeSpan duration)
    {
        var seconds = duration.TotalSeconds;
        var index = 0;
        while (index < BucketBoundsSeconds.Count && seconds > BucketBoundsSeconds[index])
        {
            index++;
        }

        Interlocked.Increment(ref _counts[index]);
        Interlocked.Add(ref _sumMicroseconds, (long)(duration.Ticks / 10.0));
    }

    /// <summary>Cumulative counts per bucket (the last one is +Inf, i.e. the total count).</summary>
    public long[] CumulativeCounts()
    {
        var result = new long[_counts.Length];
        long running = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            running += Interlocked.Read(ref _counts[i]);
            result[i] = running;
        }

        return result;
    }

    public double SumSeconds => Interlocked.Read(ref _sumMicroseconds) / 1_000_000.0;
}
