using System.Globalization;
using PredictMaint.Benchmarks.Processes;
using PredictMaint.Testing;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>The built pm-ingest.dll as a child process (output to stderr); reads its <c>/status</c> and its peak RSS.</summary>
internal sealed class IngestRunner : IAsyncDisposable
{
    private readonly ServiceProcess _process;
    private readonly Uri _address;

    private IngestRunner(ServiceProcess process, Uri address)
    {
        _process = process;
        _address = address;
    }

    public static async Task<IngestRunner> StartAsync(string configuration, IEnumerable<string> arguments)
    {
        var dll = ServiceProcess.ProgramPath("ingest", "PredictMaint.Ingest", "pm-ingest.dll", configuration);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var runner = new IngestRunner(new ServiceProcess("ingest", dll, [$"--urls={address}", .. arguments], logDirectory: null), address);
        try
        {
            runner._process.Start();
            await Readiness.WaitIngestSubscribedAsync(runner._process, address, CancellationToken.None); // published before the subscribe = no subscriber
            return runner;
        }
        catch
        {
            await runner.DisposeAsync();
            throw;
        }
    }

    /// <summary>One counter of <c>/status</c>; -1 while ingest does not answer.</summary>
    public Task<long> StatusAsync(string counter) => Readiness.IngestCounterAsync(_address, counter, CancellationToken.None);

    public int ProcessId => _process.ProcessId;

    public double PeakRssMegabytes() => ProcessMemory.Read(_process.ProcessId).PeakMegabytes;

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
