using System.Globalization;
using PredictMaint.Edge.Drills;

namespace PredictMaint.Edge.Hosting;

/// <summary>
/// Command line of <c>dotnet PredictMaint.Edge.dll</c>. Without a command the agent runs;
/// <c>queue-stress</c> and <c>drill-powercut</c> are hidden commands for the power-cut drill,
/// <c>replay-bench</c> for <c>./pm bench edge-replay</c>.
/// </summary>
public static class EdgeCommandLine
{
    public const string Usage = """
        PredictMaint edge agent: samples sensors, computes edge features, keeps a store-and-forward
        queue on disk and publishes telemetry to MQTT.

        Usage: dotnet PredictMaint.Edge.dll [run] [--config FILE] [--Section:Key=value ...]
               dotnet PredictMaint.Edge.dll --help

          run (default)   Run the agent until SIGTERM/Ctrl+C. Configuration: appsettings.json next to
                          the program, then FILE given with --config, environment variables
                          PM_EDGE_Section__Key, then --Section:Key=value arguments.
          health          Print the agent's latest status (queue depth, dropped samples, last
                          publish, sensor health) from health.json in the queue folder; exit code 0
                          when online and fresh. Takes the same --config/--Section:Key arguments.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "run";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        switch (command)
        {
            case "run" when rest.Any(a => a is "-h" or "--help"):
                await Console.Out.WriteLineAsync(Usage);
                return 0;
            case "run":
                return await EdgeHost.RunAsync(rest);
            case "health":
                return PrintHealth(rest);
            case "queue-stress" when rest.Length == 1:
                return QueueStressWriter.Run(rest[0], Console.Out);
            case "drill-powercut":
                return await RunDrillAsync(rest);
            case "replay-bench":
                return await Benchmarks.ReplayBenchmark.RunAsync(rest, Console.Out, Console.Error);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'.\n\n{Usage}");
                return 2;
        }
    }

    private static int PrintHealth(string[] args)
    {
        var configuration = EdgeHost.CreateBuilder(args).Configuration;
        var directory = Path.GetFullPath(configuration["Queue:Directory"] ?? "queue");
        var interval = TimeSpan.TryParse(configuration["Uplink:StatusInterval"], CultureInfo.InvariantCulture, out var i) ? i : TimeSpan.FromMinutes(1);
        return HealthFile.Print(directory, 3 * interval, TimeProvider.System, Console.Out);
    }

    private static async Task<int> RunDrillAsync(string[] args)
    {
        var kills = 20;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--kills")
            {
                kills = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var directory = Path.Combine(Path.GetTempPath(), $"pm-edge-powercut-{Guid.NewGuid():N}");
        try
        {
            var drill = new PowerCutDrill(directory, PowerCutDrill.CurrentAgentCommand(), Console.Error);
            var result = await drill.RunAsync(kills, Environment.TickCount);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"verified {result.RecordsVerified} records after {result.Kills} kills; {result.TruncatedBytes} bytes of torn tails truncated"));
            await Console.Out.WriteLineAsync(result.ToString());
            return result.Lost == 0 && result.Corrupt == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
