using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PredictMaint.Testing;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>The built pm-ingest.dll as a child process; reads its <c>/status</c> and its peak RSS.</summary>
internal sealed class IngestRunner : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Uri _address;

    private IngestRunner(Process process, Uri address)
    {
        _process = process;
        _address = address;
    }

    public static async Task<IngestRunner> StartAsync(string configuration, IEnumerable<string> arguments)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "ingest", "PredictMaint.Ingest", "bin", configuration, "net10.0", "pm-ingest.dll");
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[dll, $"--urls={address}", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("  ingest: " + line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("  ingest: " + line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var runner = new IngestRunner(process, address);
        var clock = Stopwatch.StartNew();
        while (await runner.StatusAsync("broker_subscribes") < 1) // published before the subscribe = no subscriber
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException("ingest did not come up");
            }

            await Task.Delay(50);
        }

        return runner;
    }

    /// <summary>One counter of <c>/status</c>; -1 while ingest does not answer.</summary>
    public async Task<long> StatusAsync(string counter)
    {
        try
        {
            using var status = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_address, "status")));
            return status.RootElement.GetProperty(counter).GetInt64();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return -1;
        }
    }

    public int ProcessId => _process.Id;

    public double PeakRssMegabytes() => ProcessMemory.Read(_process.Id).PeakMegabytes;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }
}
