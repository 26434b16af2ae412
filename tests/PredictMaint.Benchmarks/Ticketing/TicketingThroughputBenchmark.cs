using System.Diagnostics;
using System.Globalization;
using System.Net;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ticketing;

/// <summary>
/// A private PostgreSQL (project script, free port, temp folder), the real ticketing service on
/// it, and C clients creating and walking tickets over HTTP. Every successful call counts as an
/// operation (one prediction + eight transitions per ticket); latency is per call.
/// </summary>
internal static class TicketingThroughputBenchmark
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task<string> RunAsync(TicketingBenchmarkSettings settings)
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        var connectionString = postgres.ConnectionString("bench_tickets");
        await using var service = await TicketingProcess.StartAsync(Configuration, connectionString);
        Console.Error.WriteLine($"postgres :{postgres.Port}, ticketing {service.Address}; {settings.Clients} clients, {WarmUp.TotalSeconds:0} s warm-up + {settings.Seconds} s");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(30), DefaultRequestVersion = HttpVersion.Version11 };
        var walkers = Enumerable.Range(0, settings.Clients).Select(i => new TicketWalker(http, i)).ToList();
        var clock = Stopwatch.StartNew();
        var measured = WarmUp + TimeSpan.FromSeconds(settings.Seconds);
        using var stop = new CancellationTokenSource(measured);
        var running = walkers.Select(w => Task.Run(() => w.RunAsync(() => clock.Elapsed >= WarmUp && clock.Elapsed < measured, stop.Token))).ToList();
        using (var progress = new PeriodicTimer(TimeSpan.FromSeconds(5)))
        {
            while (!stop.IsCancellationRequested && await progress.WaitForNextTickAsync(CancellationToken.None))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalSeconds:0} s: {walkers.Sum(w => w.Latencies.Count)} ops, {walkers.Sum(w => w.Errors)} errors"));
            }
        }

        await Task.WhenAll(running);
        var latencies = walkers.SelectMany(w => w.Latencies).Order().ToArray();
        var transitions = walkers.Sum(w => w.Transitions);
        var errors = walkers.Sum(w => w.Errors);
        var seconds = (double)settings.Seconds;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"transitions_per_s={transitions / seconds:0} ops={latencies.Length} service_peak_rss_mb={service.PeakRssMegabytes():0}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"ticketing db=postgres clients={settings.Clients} ops_per_s={latencies.Length / seconds:0} p50_ms={Percentile(latencies, 0.5):0.0} p99_ms={Percentile(latencies, 0.99):0.0} errors={errors}");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
