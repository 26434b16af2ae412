using System.Diagnostics;
using System.Globalization;
using PredictMaint.Testing;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ticketing;

/// <summary>The built ticketing service as a child process on a free loopback port, with bench-only API keys.</summary>
internal sealed class TicketingProcess : IAsyncDisposable
{
    public const string PredictorKey = "bench-predictor-key-5d1e0a";
    public const string PlannerKey = "bench-planner-key-93c2f7";
    public const string TechnicianKey = "bench-technician-key-4ab86e";

    private readonly Process process;

    private TicketingProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<TicketingProcess> StartAsync(string configuration, string connectionString)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "ticketing", "PredictMaint.Ticketing", "bin", configuration, "net10.0", "PredictMaint.Ticketing.dll");
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] keys = [$"predictor:{PredictorKey}", $"planner:{PlannerKey}", $"technician:{TechnicianKey}"];
        string[] arguments =
        [
            dll, $"--urls={address}", $"--contentRoot={Path.GetDirectoryName(dll)}", "--Ticketing:DatabaseProvider=postgres", $"--Ticketing:ConnectionString={connectionString}",
            "--Logging:LogLevel:Default=Warning", $"--Ticketing:DirectoryFile={BenchDirectory.Write()}",
            .. keys.SelectMany((k, i) => new[]
            {
                $"--Ticketing:ApiKeys:{i}:Name=bench-{k.Split(':')[0]}", $"--Ticketing:ApiKeys:{i}:Key={k.Split(':')[1]}", $"--Ticketing:ApiKeys:{i}:Role={k.Split(':')[0]}",
            }),
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("  ticketing: " + line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("  ticketing: " + line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new TicketingProcess(process, address);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (!await HealthyAsync(http, address))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                await started.DisposeAsync();
                throw new InvalidOperationException("the ticketing service did not come up");
            }

            await Task.Delay(100); // polling a process that raises no event when ready
        }

        return started;
    }

    public double PeakRssMegabytes() => ProcessMemory.Read(process.Id).PeakMegabytes;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static async Task<bool> HealthyAsync(HttpClient http, Uri address)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(address, "healthz"));
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
