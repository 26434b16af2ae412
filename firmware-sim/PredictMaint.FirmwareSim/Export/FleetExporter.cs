using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Export;

/// <summary>
/// Plays a fleet offline, as fast as the CPU allows, and writes one CSV per device
/// (<c>{device}.csv</c>) into a folder, as telemetry or as a labelled export (<see cref="ExportFormat"/>). Devices are independent, so they run in parallel; each
/// file and the ground truth depend only on the options (same seed, same bytes).
/// </summary>
internal sealed class FleetExporter
{
    private readonly FleetOptions _options;

    public FleetExporter(FleetOptions options)
    {
        options.Validate();
        _options = options;
    }

    public GroundTruthReport Export(DirectoryInfo folder, IProgress<FleetProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Export(folder, ExportFormat.Telemetry, progress, cancellationToken);

    public GroundTruthReport Export(DirectoryInfo folder, ExportFormat format, IProgress<FleetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        folder.Create();
        var specs = FleetPlan.Create(_options);
        var truths = new DeviceTruth[specs.Count];
        var rounds = (int)Math.Ceiling(_options.Duration / _options.MessageInterval);
        long samples = 0;
        int done = 0, filtersFailed = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, specs.Count, parallel, i =>
        {
            var device = new SimulatedPurifier(specs[i]);
            var path = Path.Combine(folder.FullName, specs[i].DeviceId + ".csv");
            Interlocked.Add(ref samples, format == ExportFormat.Labelled ? ExportLabelled(device, path, rounds) : ExportTelemetry(device, path, rounds));
            truths[i] = device.Truth(_options.End);
            var failed = truths[i].FilterEndOfLifeAt is null ? Volatile.Read(ref filtersFailed) : Interlocked.Increment(ref filtersFailed);
            var finished = Interlocked.Increment(ref done);
            progress?.Report(new FleetProgress(_options.End, finished / (double)specs.Count, (long)finished * rounds, Interlocked.Read(ref samples), failed));
        });

        return new GroundTruthReport
        {
            Seed = _options.Seed,
            Start = _options.Start,
            End = _options.End,
            EndOfLifePressureDropKpa = _options.EndOfLifePressureDropKpa,
            MessagesPublished = (long)rounds * specs.Count,
            SamplesPublished = samples,
            Devices = truths,
        };
    }

    private long ExportTelemetry(SimulatedPurifier device, string path, int rounds)
    {
        using var file = File.Create(path);
        using var writer = new CsvTelemetryWriter(file);
        for (var round = 0; round < rounds; round++)
        {
            writer.Write(device.NextMessage(_options.Start + (_options.MessageInterval * round), _options.SampleInterval, _options.SamplesPerMessage));
            device.History.TakeEvents();
        }

        return writer.Rows;
    }

    /// <summary>A labelled file needs the device's truth, known only once its run is over: the samples wait in memory.</summary>
    private long ExportLabelled(SimulatedPurifier device, string path, int rounds)
    {
        var played = new List<TelemetrySample>(rounds * _options.SamplesPerMessage);
        for (var round = 0; round < rounds; round++)
        {
            played.AddRange(device.NextMessage(_options.Start + (_options.MessageInterval * round), _options.SampleInterval, _options.SamplesPerMessage).Samples);
            device.History.TakeEvents();
        }

        using var file = File.Create(path);
        LabelledCsvWriter.Write(file, played, AnomalyEpisode.Of(device.Truth(_options.End), _options.End));
        return played.Count;
    }
}
