using System.Diagnostics;

namespace PredictMaint.Testing.Servers;

/// <summary>
/// A real server started and stopped through one of the project's scripts in
/// <c>scripts/services/</c>, with its data in a fresh temporary folder that is deleted on dispose.
/// The script records the PID; stopping goes through the script, which kills by that PID.
/// </summary>
public abstract class ScriptedServer : IAsyncDisposable
{
    private readonly string _script;

    protected ScriptedServer(string scriptName, string name)
    {
        _script = RepositoryPaths.Script(Path.Combine("scripts", "services", scriptName));
        DataDirectory = Path.Combine(Path.GetTempPath(), $"pm-test-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(DataDirectory);
        Port = FreePort.Next();
    }

    public string DataDirectory { get; }

    public int Port { get; }

    /// <summary>Arguments after <c>start DIR PORT</c>.</summary>
    protected virtual IEnumerable<string> ExtraStartArguments => [];

    /// <summary>Environment variables passed to the script.</summary>
    protected virtual IReadOnlyDictionary<string, string> ScriptEnvironment { get; } = new Dictionary<string, string>();

    public Task StartAsync() => RunScriptAsync(["start", DataDirectory, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. ExtraStartArguments]);

    public Task StopAsync() => RunScriptAsync(["stop", DataDirectory]);

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server child may still hold a file for a moment; the temp folder is harmless.
        }

        GC.SuppressFinalize(this);
    }

    private async Task RunScriptAsync(IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(_script) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in ScriptEnvironment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {_script}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(_script)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }
}
