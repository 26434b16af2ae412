using System.Diagnostics;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>
/// Node-RED and its InfluxDB node from npm, installed once into a cache folder under the
/// (gitignored) data folder and reused; never part of the repository or the build.
/// </summary>
internal static class NodeRedInstall
{
    private const string NodeRed = "node-red@4.1.8"; // 5.x needs Node 22; the machines have Node 20
    private const string InfluxNode = "node-red-contrib-influxdb@0.7.0";

    public static string CacheDirectory { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("PM_DATA") is { Length: > 0 } data ? data : Path.Combine(RepositoryPaths.Root, ".data"), "bench-peers", "node-red");

    public static string RedScript => Path.Combine(CacheDirectory, "node_modules", "node-red", "red.js");

    public static string InfluxNodeDirectory => Path.Combine(CacheDirectory, "node_modules", "node-red-contrib-influxdb");

    /// <summary>True when both packages are there (installing them if needed); otherwise writes why to stderr.</summary>
    public static async Task<bool> EnsureAsync()
    {
        if (File.Exists(RedScript) && File.Exists(Path.Combine(InfluxNodeDirectory, "influxdb.js")))
        {
            return true;
        }

        Directory.CreateDirectory(CacheDirectory);
        var manifest = Path.Combine(CacheDirectory, "package.json");
        if (!File.Exists(manifest))
        {
            await File.WriteAllTextAsync(manifest, """{ "private": true }""");
        }

        Console.Error.WriteLine($"peer: npm install {NodeRed} {InfluxNode} into {CacheDirectory}");
        var info = new ProcessStartInfo("npm") { WorkingDirectory = CacheDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["install", "--no-audit", "--no-fund", "--loglevel=error", NodeRed, InfluxNode])
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var npm = Process.Start(info)!;
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await npm.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                npm.Kill(entireProcessTree: true);
                Console.Error.WriteLine("peer skipped: npm install did not finish within 3 minutes (is the npm registry reachable?)");
                return false;
            }

            if (npm.ExitCode != 0 || !File.Exists(RedScript))
            {
                Console.Error.WriteLine($"peer skipped: npm install failed ({npm.ExitCode}); npm registry unreachable? {(await errors).Trim()} {(await output).Trim()}");
                return false;
            }

            return true;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Console.Error.WriteLine($"peer skipped: npm is not available ({exception.Message})");
            return false;
        }
    }
}
