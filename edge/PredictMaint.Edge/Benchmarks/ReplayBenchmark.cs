using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PredictMaint.Edge.Hosting;
using PredictMaint.Edge.Queue;
using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Benchmarks;

/// <summary>
/// Replay throughput after an outage (hidden command <c>replay-bench [--samples N] [--Section:Key=value ...]</c>):
/// fills a fresh queue with N samples of the configured source (what an outage of N/10 s leaves at
/// 10 Hz), starts the agent's own host against the broker — sampling goes on meanwhile — and
/// measures how fast the backlog is acknowledged by the broker, in this process with its runtime
/// configuration (the GC heap limit included). Last line
/// <c>edge-replay samples=&lt;n&gt; drained_per_s=&lt;x&gt; drained_per_cpu_s=&lt;y&gt; peak_rss_mb=&lt;m&gt;</c>: the wall-clock
/// rate depends on what else the machine runs; samples per second of this process's own CPU time much less.
/// </summary>
public static class ReplayBenchmark
{
    private const int FillBatch = 1_000;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);
        var samples = 100_000L;
        var index = Array.IndexOf(args, "--samples");
        if (index >= 0 && (index + 1 >= args.Length || !long.TryParse(args[index + 1], CultureInfo.InvariantCulture, out samples) || samples < 1))
        {
            await log.WriteLineAsync("--samples needs a positive whole number, e.g. --samples 100000.");
            return 2;
        }

        string[] rest = index >= 0 ? [.. args[..index], .. args[(index + 2)..]] : args;
        var directory = Path.Combine(Path.GetTempPath(), $"pm-edge-replay-{Guid.NewGuid():N}");
        try
        {
            double seconds, cpuSeconds;
            using (var host = EdgeHost.CreateBuilder([.. rest, $"--Queue:Directory={directory}"]).Build())
            {
                EdgeHost.ValidateConfiguration(host.Services);
                var queue = host.Services.GetRequiredService<DiskQueueLog>();
                Fill(queue, host.Services.GetRequiredService<SampleReader>(), samples);
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"queued {samples} samples ({queue.TotalBytes / 1e6:F1} MB); replaying"));
                var start = Stopwatch.GetTimestamp();
                var cpuStart = Environment.CpuUsage.TotalTime;
                await host.StartAsync();
                while (queue.AcknowledgedId < samples)
                {
                    // A bench's poll: 20 ms against a drain of seconds.
                    await Task.Delay(20);
                }

                seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                cpuSeconds = (Environment.CpuUsage.TotalTime - cpuStart).TotalSeconds;

                await host.StopAsync();
            }

            using var self = Process.GetCurrentProcess();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"edge-replay samples={samples} drained_per_s={samples / seconds:F0} drained_per_cpu_s={samples / cpuSeconds:F0} peak_rss_mb={self.PeakWorkingSet64 / 1048576.0:F1}"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static void Fill(DiskQueueLog queue, SampleReader reader, long samples)
    {
        var batch = new List<ReadOnlyMemory<byte>>(FillBatch);
        for (var i = 0L; i < samples; i++)
        {
            batch.Add(reader.ReadSample());
            if (batch.Count == FillBatch || i == samples - 1)
            {
                queue.Append(batch);
                batch.Clear();
            }
        }
    }
}
