namespace PredictMaint.Platform.Metrics;

/// <summary>A thread-safe cumulative histogram of durations with fixed buckets, as Prometheus expects.</summary>
public sealed class LatencyHistogram
{
    /// <summary>Upper bounds in seconds for work that takes milliseconds when healthy and up to a minute when not (a batch write with retries).</summary>
    public static IReadOnlyList<double> DefaultBoundsSeconds { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly long[] _counts;
    private long _sumMicroseconds;

    public LatencyHistogram()
        : this(DefaultBoundsSeconds)
    {
    }

    /// <param name="boundsSeconds">Ascending upper bounds in seconds; +Inf is added.</param>
    public LatencyHistogram(IReadOnlyList<double> boundsSeconds)
    {
        ArgumentNullException.ThrowIfNull(boundsSeconds);
        if (boundsSeconds.Count == 0 || boundsSeconds.Zip(boundsSeconds.Skip(1)).Any(pair => pair.First >= pair.Second))
        {
            throw new ArgumentException("Bucket bounds must be a non-empty ascending list.", nameof(boundsSeconds));
        }

        BoundsSeconds = boundsSeconds;
        _counts = new long[boundsSeconds.Count + 1];
    }

    public IReadOnlyList<double> BoundsSeconds { get; }

    public void Observe(TimeSpan duration)
    {
        var seconds = duration.TotalSeconds;
        var index = 0;
        while (index < BoundsSeconds.Count && seconds > BoundsSeconds[index])
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
