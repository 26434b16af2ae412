using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PredictMaint.Testing;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Fixtures;

/// <summary>The built <c>pm-ingest.dll</c> run with <c>dotnet</c> as a child process, configured on the command line.</summary>
public sealed class IngestProcess : IAsyncDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
    private readonly Process _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Queue<string> _lastLines = new();
    private bool _disposed;

    private IngestProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public static string DllPath { get; } = Path.Combine(RepositoryPaths.Root, "ingest", "PredictMaint.Ingest", "bin", Configuration, "net10.0", "pm-ingest.dll");

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines ingest printed, for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    public static async Task<IngestProcess> StartAsync(int brokerPort, Uri influxUrl, string clientId, params string[] extra)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments =
        [
            DllPath, $"--urls={address}", $"--Mqtt:Port={brokerPort}", $"--Mqtt:ClientId={clientId}", $"--Influx:Url={influxUrl}",
            $"--Influx:Database={IngestHarness.Database}", "--Ingest:BatchMaxAge=00:00:00.100", "--Ingest:RetryDelayMax=00:00:01",
            "--Logging:LogLevel:Default=Warning", IngestHarness.AcceptSimulatedTime, .. extra,
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var ingest = new IngestProcess(process, address);
        process.OutputDataReceived += (_, e) => ingest.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => ingest.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Healthy is not enough: a message published before the subscribe has no subscriber.
        await Eventually.WaitAsync(() => ingest.StatusAsync("broker_subscribes"), n => n >= 1 || process.HasExited, TimeSpan.FromSeconds(30), $"ingest {clientId} subscribed");
        return process.HasExited ? throw new InvalidOperationException($"ingest exited ({process.ExitCode}): {ingest.RecentOutput}") : ingest;
    }

    public async Task<bool> IsHealthyAsync()
    {
        try
        {
            return (await _http.GetAsync(new Uri(Address, "healthz"))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>One counter of <c>GET /status</c> (e.g. <c>messages_written</c>); -1 while ingest does not answer.</summary>
    public async Task<long> StatusAsync(string counter)
    {
        try
        {
            using var status = JsonDocument.Parse(await _http.GetStringAsync(new Uri(Address, "status")));
            var value = status.RootElement.GetProperty(counter);
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? (value.GetBoolean() ? 1 : 0) : value.GetInt64();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return -1;
        }
    }

    /// <summary>Peak resident memory so far (<c>VmHWM</c> from /proc), in MiB.</summary>
    public double PeakRssMegabytes() => ProcessMemory.Read(_process.Id).PeakMegabytes;

    /// <summary>SIGKILL: no flush, no acknowledgement, no DISCONNECT.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Kills the process if it still runs; safe to call again (tests dispose early and in a using).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
