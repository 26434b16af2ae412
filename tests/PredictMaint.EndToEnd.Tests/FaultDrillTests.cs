using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PredictMaint.Testing.Servers;
using Xunit.Abstractions;

namespace PredictMaint.EndToEnd.Tests;

/// <summary>
/// Runs <c>./pm drill --short</c> (the built drill, as a child process, as <c>./pm</c> runs it):
/// the whole pipeline on private servers while the broker restarts, InfluxDB goes away, ingest and
/// edge agents are killed; nothing acknowledged may be lost and the tickets must match the ground truth.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed partial class FaultDrillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task ShortDrill_FaultsInjected_NothingLostAndTicketsMatchGroundTruth()
    {
        var (exitCode, stdout) = await RunDrillAsync("--short");

        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = Fields(lines[^1], "drill ");
        var faults = Fields(lines.Single(l => l.StartsWith("faults injected: ", StringComparison.Ordinal)), "faults injected: ");
        Assert.True(faults["broker_restarts"] >= 1, "no broker restart was injected");
        Assert.True(faults["influx_outages"] >= 1, "no InfluxDB outage was injected");
        Assert.True(faults["ingest_kills"] >= 1, "ingest was not killed");
        Assert.True(faults["edge_kills"] >= 1, "no edge agent was killed");
        Assert.True(summary["samples"] > 100_000, $"only {summary["samples"]} samples expected");
        Assert.Equal(0, summary["lost"]);
        Assert.True(summary["failures"] > 0, "the fleet had no failure to ticket");
        Assert.Equal(summary["failures"], summary["ticketed"]);
        Assert.Equal(0, summary["false_tickets"]);
        Assert.Equal(0, exitCode);
    }

    private async Task<(int ExitCode, string Stdout)> RunDrillAsync(params string[] arguments)
    {
        // The same configuration as this test's own build (bin/<Configuration>/net10.0).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "tests", "PredictMaint.Benchmarks", "bin", configuration, "net10.0", "PredictMaint.Benchmarks.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[dll, "drill", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                output.WriteLine(line);
            }
        };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Budget);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM first: the drill then stops the servers and services it started, by PID.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(grace.Token).ContinueWith(_ => process.Kill(entireProcessTree: true), TaskScheduler.Default);
            throw new TimeoutException($"the short drill took longer than {Budget}");
        }

        output.WriteLine(await stdout);
        return (process.ExitCode, await stdout);
    }

    private static Dictionary<string, long> Fields(string line, string prefix)
    {
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        return FieldPattern().Matches(line).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(\w+)=(\d+)")]
    private static partial Regex FieldPattern();
}
