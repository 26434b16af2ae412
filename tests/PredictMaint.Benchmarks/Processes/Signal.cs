using System.Diagnostics;
using System.Globalization;

namespace PredictMaint.Benchmarks.Processes;

/// <summary>SIGTERM for a child process (.NET's <c>Process.Kill</c> only sends SIGKILL), through <c>kill(1)</c>.</summary>
internal static class Signal
{
    public static bool Terminate(int processId)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", processId.ToString(CultureInfo.InvariantCulture)]) { RedirectStandardError = true });
        kill?.WaitForExit();
        return kill?.ExitCode == 0;
    }
}
