using System.Collections.Concurrent;
using System.Globalization;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Samples <c>/proc/&lt;pid&gt;/status</c> of every watched process once a second and keeps each
/// name's high-water mark (the larger of <c>VmHWM</c>, the kernel's own peak, and <c>VmRSS</c>),
/// across restarts of that process.
/// </summary>
internal sealed class RssMonitor : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<int>> _watched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _peakKilobytes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RssMonitor() => _loop = Task.Run(LoopAsync);

    /// <summary>Watches a process by a function that returns its current id (0 = not running).</summary>
    public void Watch(string name, Func<int> processId) => _watched[name] = processId;

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
        foreach (var (name, processId) in _watched)
        {
            var kilobytes = Read(processId());
            _peakKilobytes.AddOrUpdate(name, kilobytes, (_, old) => Math.Max(old, kilobytes));
        }
    }

    private static long Read(int processId)
    {
        if (processId <= 0)
        {
            return 0;
        }

        try
        {
            long peak = 0;
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal) || line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    peak = Math.Max(peak, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
                }
            }

            return peak;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0; // exited between the id and the read
        }
    }
}
