using System.Globalization;

namespace PredictMaint.Benchmarks.Ingest;

/// <param name="Points">Points in total (rounded down to whole messages).</param>
/// <param name="SamplesPerMessage">Samples (points) per MQTT message.</param>
/// <param name="BatchPoints">Points per InfluxDB write, for the raw run and for ingest.</param>
/// <param name="Devices">Devices publishing (one MQTT publisher each, in parallel).</param>
internal sealed record IngestBenchmarkSettings(int Points, int SamplesPerMessage, int BatchPoints, int Devices)
{
    public int MessagesPerDevice => Points / SamplesPerMessage / Devices;

    public int TotalPoints => MessagesPerDevice * Devices * SamplesPerMessage;

    public static bool TryParse(string[] args, out IngestBenchmarkSettings settings, out string? error)
    {
        settings = new IngestBenchmarkSettings(1_000_000, 50, 5000, 8);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                error = $"Unknown option or missing positive number: '{args[i]}'.";
                return false;
            }

            settings = args[i++] switch
            {
                "--points" => settings with { Points = value },
                "--samples-per-message" => settings with { SamplesPerMessage = value },
                "--batch" => settings with { BatchPoints = value },
                "--devices" => settings with { Devices = value },
                _ => settings,
            };
            if (args[i - 1] is not ("--points" or "--samples-per-message" or "--batch" or "--devices"))
            {
                error = $"Unknown option '{args[i - 1]}'.";
                return false;
            }
        }

        return settings.MessagesPerDevice > 0 ? true : Fail(out error, "--points must cover at least one message per device");
    }

    private static bool Fail(out string? error, string message)
    {
        error = message;
        return false;
    }
}
