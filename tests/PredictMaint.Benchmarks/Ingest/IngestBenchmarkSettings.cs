using System.Globalization;

namespace PredictMaint.Benchmarks.Ingest;

/// <param name="Points">Points in total (rounded down to whole messages).</param>
/// <param name="SamplesPerMessage">Samples (points) per MQTT message.</param>
/// <param name="BatchPoints">Points per InfluxDB write, for the raw run and for ingest.</param>
/// <param name="Devices">Devices publishing (one MQTT publisher each, in parallel).</param>
/// <param name="Peers">Also measure the peer (Node-RED's MQTT-in → InfluxDB flow) on the same points.</param>
internal sealed record IngestBenchmarkSettings(int Points, int SamplesPerMessage, int BatchPoints, int Devices, bool Peers = false)
{
    public int MessagesPerDevice => Points / SamplesPerMessage / Devices;

    public int TotalPoints => MessagesPerDevice * Devices * SamplesPerMessage;

    public static bool TryParse(string[] args, out IngestBenchmarkSettings settings, out string? error)
    {
        settings = new IngestBenchmarkSettings(1_000_000, 50, 5000, 8);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--peers")
            {
                settings = settings with { Peers = true };
                continue;
            }

            if (args[i] is not ("--points" or "--samples-per-message" or "--batch" or "--devices"))
            {
                return Fail(out error, $"Unknown option '{args[i]}'.");
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return Fail(out error, $"Option '{args[i]}' needs a positive number.");
            }

            settings = args[i++] switch
            {
                "--points" => settings with { Points = value },
                "--samples-per-message" => settings with { SamplesPerMessage = value },
                "--batch" => settings with { BatchPoints = value },
                _ => settings with { Devices = value },
            };
        }

        return settings.MessagesPerDevice > 0 || Fail(out error, "--points must cover at least one message per device");
    }

    private static bool Fail(out string? error, string message)
    {
        error = message;
        return false;
    }
}
