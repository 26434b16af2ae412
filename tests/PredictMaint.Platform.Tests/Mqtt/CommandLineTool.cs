using System.Diagnostics;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Runs one of the Mosquitto command-line tools and captures its output.</summary>
internal sealed class CommandLineTool : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CommandLineTool(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public StreamWriter StandardInput => _process.StandardInput;

    public static CommandLineTool Start(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return new CommandLineTool(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}."));
    }

    public async Task<string> WaitForOutputAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(MqttTestClients.Timeout);
        Assert.True(_process.ExitCode == 0, $"{_process.StartInfo.FileName} exited with {_process.ExitCode}: {await _stderr}");
        return await _stdout;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
