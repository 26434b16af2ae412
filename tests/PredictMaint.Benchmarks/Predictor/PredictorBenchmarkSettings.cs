using System.Globalization;

namespace PredictMaint.Benchmarks.Predictor;

/// <param name="Devices">Devices scored (compute part), each with <see cref="Days"/> of hourly rollups.</param>
/// <param name="Days">Days of hourly rollups generated (and written) per device.</param>
/// <param name="Seed">Seed of the fleet generator; the same seed gives the same fleet.</param>
/// <param name="ReadDevices">
/// Devices written to the private InfluxDB and read back by the service's reader; read_s is
/// extrapolated linearly from them to <see cref="Devices"/>. 0 skips the InfluxDB part.
/// </param>
/// <param name="Evaluations">
/// Grid points scored per device: 1 is the steady state (one new hourly rollup per device since the
/// last cycle); more is a backlog, e.g. the first cycle after a restart.
/// </param>
/// <param name="Workers">Scoring threads, each owning the devices of one partition (as separate instances would).</param>
internal sealed record PredictorBenchmarkSettings(int Devices, int Days, int Seed, int ReadDevices, int Evaluations, int Workers)
{
    public const string Help = """
                --devices N          devices scored (default 100000)
                --days D             days of hourly rollups per device (default 30)
                --seed S             fleet generator seed (default 1)
                --read-devices M     devices written to a private InfluxDB and read back; read_s is
                                     extrapolated linearly from M to N (default 1000; 0 skips the read)
                --evaluations K      hourly grid points scored per device (default 1, the steady state)
                --workers W          scoring threads, one device partition each (default: cores)
      """;

    public static PredictorBenchmarkSettings Default { get; } = new(100_000, 30, 1, 1_000, 1, Environment.ProcessorCount);

    public static bool TryParse(string[] args, out PredictorBenchmarkSettings settings, out string? error)
    {
        settings = Default;
        error = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"Option '{args[i]}' needs a number.";
                return false;
            }

            settings = args[i] switch
            {
                "--devices" => settings with { Devices = value },
                "--days" => settings with { Days = value },
                "--seed" => settings with { Seed = value },
                "--read-devices" => settings with { ReadDevices = value },
                "--evaluations" => settings with { Evaluations = value },
                "--workers" => settings with { Workers = value },
                _ => null!,
            };
            if (settings is null)
            {
                error = $"Unknown option '{args[i]}'.";
                return false;
            }
        }

        error = settings switch
        {
            { Devices: < 1 } => "--devices must be at least 1.",
            { Days: < 1 or > 365 } => "--days must be between 1 and 365.",
            { Workers: < 1 } => "--workers must be at least 1.",
            _ when settings.Evaluations < 1 || settings.Evaluations > settings.Days * 24 => "--evaluations must be between 1 and the hours generated.",
            _ when settings.ReadDevices > settings.Devices => "--read-devices cannot exceed --devices.",
            _ => null,
        };
        return error is null;
    }
}
