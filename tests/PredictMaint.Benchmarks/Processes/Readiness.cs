using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace PredictMaint.Benchmarks.Processes;

/// <summary>
/// Waits for a child process to serve (health endpoint, ingest's first subscribe, a listening
/// port), polling because a process raises no event when it is ready; fails at once when it exits.
/// </summary>
internal static class Readiness
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static Task WaitHealthyAsync(ServiceProcess process, Uri url, CancellationToken cancellationToken) =>
        WaitAsync(process, async () => (await Http.GetAsync(new Uri(url, "healthz"), cancellationToken)).IsSuccessStatusCode, cancellationToken);

    public static Task WaitIngestSubscribedAsync(ServiceProcess ingest, Uri url, CancellationToken cancellationToken) =>
        WaitAsync(ingest, async () => await IngestCounterAsync(url, "broker_subscribes", cancellationToken) >= 1, cancellationToken);

    public static Task WaitPortAsync(ServiceProcess process, int port, CancellationToken cancellationToken) =>
        WaitAsync(process, async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>One counter of ingest's <c>/status</c>; -1 while it does not answer.</summary>
    public static async Task<long> IngestCounterAsync(Uri url, string counter, CancellationToken cancellationToken)
    {
        try
        {
            using var status = JsonDocument.Parse(await Http.GetStringAsync(new Uri(url, "status"), cancellationToken));
            return status.RootElement.GetProperty(counter).GetInt64();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
        {
            return -1;
        }
    }

    /// <summary>A run of <paramref name="count"/> consecutive free loopback ports (the Modbus simulator's port per device).</summary>
    public static int FreePortRange(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var first = Random.Shared.Next(20_000, 60_000 - count);
            if (Enumerable.Range(first, count).All(IsFree))
            {
                return first;
            }
        }

        throw new InvalidOperationException($"found no {count} consecutive free ports between 20000 and 60000");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task WaitAsync(ServiceProcess process, Func<Task<bool>> ready, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await ready())
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or SocketException or TaskCanceledException { InnerException: TimeoutException })
            {
                // Not listening yet.
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited (code {process.ExitCode}) before it was ready; see {process.LogFile}");
            }

            if (clock.Elapsed > Limit)
            {
                throw new TimeoutException($"{process.Name} was not ready within {Limit.TotalSeconds:0} s; see {process.LogFile}");
            }

            await timer.WaitForNextTickAsync(cancellationToken);
        }
    }
}
