using System.Globalization;
using PredictMaint.Benchmarks.Processes;
using PredictMaint.Testing;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ticketing;

/// <summary>The built ticketing service as a child process on a free loopback port, with bench-only API keys.</summary>
internal sealed class TicketingProcess : IAsyncDisposable
{
    public const string PredictorKey = "bench-predictor-key-5d1e0a";
    public const string PlannerKey = "bench-planner-key-93c2f7";
    public const string TechnicianKey = "bench-technician-key-4ab86e";

    private readonly ServiceProcess process;

    private TicketingProcess(ServiceProcess process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<TicketingProcess> StartAsync(string configuration, string connectionString)
    {
        var dll = ServiceProcess.ProgramPath("ticketing", "PredictMaint.Ticketing", "PredictMaint.Ticketing.dll", configuration);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        string[] keys = [$"predictor:{PredictorKey}", $"planner:{PlannerKey}", $"technician:{TechnicianKey}"];
        string[] arguments =
        [
            $"--urls={address}", $"--contentRoot={Path.GetDirectoryName(dll)}", "--Ticketing:DatabaseProvider=postgres", $"--Ticketing:ConnectionString={connectionString}",
            "--Logging:LogLevel:Default=Warning", $"--Ticketing:DirectoryFile={BenchDirectory.Write()}",
            .. keys.SelectMany((k, i) => new[]
            {
                $"--Ticketing:ApiKeys:{i}:Name=bench-{k.Split(':')[0]}", $"--Ticketing:ApiKeys:{i}:Key={k.Split(':')[1]}", $"--Ticketing:ApiKeys:{i}:Role={k.Split(':')[0]}",
            }),
        ];
        var started = new TicketingProcess(new ServiceProcess("ticketing", dll, arguments, logDirectory: null), address);
        try
        {
            started.process.Start();
            await Readiness.WaitHealthyAsync(started.process, address, CancellationToken.None);
            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    public double PeakRssMegabytes() => ProcessMemory.Read(process.ProcessId).PeakMegabytes;

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
