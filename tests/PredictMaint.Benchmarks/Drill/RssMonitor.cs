using System.Collections.Concurrent;
using System.Diagnostics;
using PredictMaint.Testing;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Samples <c>/proc/&lt;pid&gt;/status</c> of every watched process once a second and keeps each
/// name's high-water mark (the larger of <c>VmHWM</c>, the kernel's own peak, and <c>VmRSS</c>),
/// across restarts of that process, and its <c>VmRSS</c> over time for <see cref="Trend"/>.
/// </summary>
internal sealed class RssMonitor : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<int>> _watched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _peakKilobytes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<(TimeSpan At, long Kilobytes)>> _series = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RssMonitor() => _loop = Task.Run(LoopAsync);

    /// <summary>Watches a process by a function that returns its current id (0 = not running).</summary>
    public void Watch(string name, Func<int> processId) => _watched[name] = processId;

    /// <summary>Time since the monitor started: the axis of <see cref="Trend"/>.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>
    /// Whether memory stays flat over a window (say the fleet's run): each process's median
    /// <c>VmRSS</c> in the window's second quarter (after warm-up) and in its last quarter, in MB.
    /// Moments when the process was not running (killed by the drill) do not count.
    /// </summary>
    public IReadOnlyDictionary<string, (double Early, double Late)> Trend(TimeSpan from, TimeSpan to)
    {
        var quarter = (to - from) / 4;
        var trend = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var (name, series) in _series)
        {
            List<long> early, late;
            lock (series)
            {
                early = [.. series.Where(s => s.At >= from + quarter && s.At < from + (2 * quarter)).Select(s => s.Kilobytes)];
                late = [.. series.Where(s => s.At >= to - quarter && s.At <= to).Select(s => s.Kilobytes)];
            }

            if (early.Count > 0 && late.Count > 0)
            {
                trend[name] = (Median(early) / 1024.0, Median(late) / 1024.0);
            }
        }

        return trend;
    }

    public IReadOnlyDictionary<string, double> PeaksMegabytes()
    {
        SampleAll();
        return _peakKilobytes.ToDictionary(p => p.Key, p => p.Value / 1024.0, StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                SampleAll();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void SampleAll()
    {
        var at = _clock.Elapsed;
        foreach (var (name, processId) in _watched)
        {
            if (ProcessMemory.TryRead(processId()) is not { } memory)
            {
                continue; // not running at the moment (killed by the drill, or exited)
            }

            _peakKilobytes.AddOrUpdate(name, memory.PeakKilobytes, (_, old) => Math.Max(old, memory.PeakKilobytes));
            var series = _series.GetOrAdd(name, _ => []);
            lock (series)
            {
                series.Add((at, memory.CurrentKilobytes));
            }
        }
    }

    private static double Median(List<long> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}
