using System.Diagnostics;
using System.Globalization;

namespace PredictMaint.Edge.Tests.Modbus;

/// <summary>
/// <c>pm-firmware-sim modbus</c> as a child process (copied next to the tests by the project
/// reference), serving one purifier on a given port; <see cref="Kill"/> is SIGKILL, like a board
/// losing power.
/// </summary>
internal sealed class SimulatorProcess : IDisposable
{
    private readonly Process _process;

    private SimulatorProcess(Process process) => _process = process;

    public static async Task<SimulatorProcess> StartAsync(int port, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "pm-firmware-sim.dll"), "modbus", "--port", port.ToString(CultureInfo.InvariantCulture), "--devices", "1" })
        {
            info.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info };
        // The simulator announces its gateway on stderr once it listens.
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("modbus gateway on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var simulator = new SimulatorProcess(process);
        try
        {
            await listening.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            simulator.Dispose();
            throw;
        }

        return simulator;
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
