using System.Globalization;
using System.Runtime.InteropServices;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>Entry of <c>drill</c>: invariant culture, Ctrl+C/SIGTERM stop everything started (by PID), failures say what to do next.</summary>
internal static class DrillCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine(DrillSettings.Help);
            return 0;
        }

        if (!DrillSettings.TryParse(args, out var settings, out var error))
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var stop = new CancellationTokenSource();
        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true; // let the drill stop what it started before the process ends
            DrillRun.Progress($"{context.Signal}: stopping everything the drill started");
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            return await DrillRun.RunAsync(settings, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            DrillRun.Progress("stopped before the end; nothing judged");
            return 130;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or FileNotFoundException or HttpRequestException or IOException)
        {
            Console.Error.WriteLine($"drill failed: {exception.Message}");
            Console.Error.WriteLine("Build first (./pm setup), check the named log, and that mosquitto and influxd are installed (./pm setup installs them).");
            return 3;
        }
    }
}
