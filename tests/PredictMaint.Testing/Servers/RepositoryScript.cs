using System.Diagnostics;

namespace PredictMaint.Testing.Servers;

/// <summary>Runs one of the project's own scripts (or <c>./pm</c>) as a user would, and returns its standard output.</summary>
public static class RepositoryScript
{
    public static async Task<string> RunAsync(string relativePath, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(RepositoryPaths.Script(relativePath))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {relativePath}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"{relativePath} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}");
    }
}
