using System.Globalization;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// <c>predictor</c>: the service's real hourly scoring (bearing and pump rules through
/// <see cref="DeviceScorer"/>) timed over a generated fleet, and the service's real rollup reader
/// timed against a private InfluxDB on a sample of it, extrapolated linearly to the fleet.
/// Generation and writing are never inside a timed span.
/// </summary>
internal static class PredictorScoringBenchmark
{
    public static async Task<string> RunAsync(PredictorBenchmarkSettings settings)
    {
        // The service's defaults; the ticketing address is required by validation but never used here.
        var options = new PredictorOptions { TicketingUrl = new Uri("http://127.0.0.1:1/"), TicketingApiKey = "bench" };
        // What HourlyFeatureReader fetches per device (the larger rule window plus the hour in progress);
        // the read-back check fails loudly if the two ever disagree.
        var readWindow = (int)Math.Ceiling(Math.Max(options.BearingWindow.TotalHours, options.PumpWindow.TotalHours)) + 1;
        var generator = new HourlyFeatureGenerator(settings.Seed, settings.Days);
        Console.Error.WriteLine($"predictor bench: {settings.Devices} devices x {settings.Days} days of hourly rollups (seed {settings.Seed}); the service reads and scores the newest {readWindow} rollup rows (hours) of each");

        var fleet = new HourlyFeatures[settings.Devices];
        var conditions = new DeviceCondition[settings.Devices];
        Parallel.For(0, settings.Devices, d =>
        {
            fleet[d] = generator.Generate(d, readWindow);
            conditions[d] = generator.ConditionOf(d);
        });
        Console.Error.WriteLine($"  generated (not timed): {conditions.Count(c => c == DeviceCondition.WearingBearing)} wearing bearings, {conditions.Count(c => c == DeviceCondition.WearingPump)} wearing pumps, {conditions.Count(c => c == DeviceCondition.Healthy)} healthy");

        // Warm-up, as a long-running service is warm: one untimed pass over the whole fleet (with its
        // own trackers). A 5,000-device slice was not enough here: tiered compilation was still
        // promoting the rules during the timed pass (1.2-1.7x the CPU of a warm pass in runs here).
        var warmUp = FleetScoring.Run(fleet, conditions, options, 1, settings.Workers);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm-up pass (not counted): {warmUp.Elapsed.TotalSeconds:0.00} s"));
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        var outcome = FleetScoring.Run(fleet, conditions, options, settings.Evaluations, settings.Workers);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  scored {outcome.Evaluations} device-hours ({settings.Evaluations} grid point(s) per device, bearing + pump rule each) on {settings.Workers} worker(s) in {outcome.Elapsed.TotalSeconds:0.00} s ({outcome.ProcessorTime.TotalSeconds:0.00} s of CPU; load average {LoadAverage()})"));
        foreach (var (component, count) in outcome.Predictions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"  {component} predictions: {count}, {outcome.Hits.GetValueOrDefault(component)} of them on devices wearing that component");
        }

        // After the timed pass, so the rules run fully optimised (tiered JIT) as in the pass itself.
        Console.Error.WriteLine("  " + RuleBreakdown.Measure(fleet, options, Math.Min(20_000, fleet.Length)));

        var read = "skipped";
        if (settings.ReadDevices > 0)
        {
            var sample = Enumerable.Range(0, settings.ReadDevices).Select(i => (int)((long)i * settings.Devices / settings.ReadDevices)).ToArray();
            var (sampleRead, bytes) = await RollupReadBenchmark.RunAsync(generator, sample, options, d => fleet[d]);
            var scale = (double)settings.Devices / settings.ReadDevices;
            var extrapolated = sampleRead.TotalSeconds * scale;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  read_s is EXTRAPOLATED: median of 3 reads of {settings.ReadDevices} devices = {sampleRead.TotalSeconds:0.000} s, x {scale:0.##} = {extrapolated:0.0} s for {settings.Devices} devices (load average {LoadAverage()})"));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  answers of one read: {bytes / 1048576.0:0.0} MiB for {settings.ReadDevices} devices, {bytes / settings.ReadDevices / 1024.0:0.0} KiB per device, in queries of {options.DevicesPerQuery} devices (client default MaxQueryResponseBytes 64 MiB per answer)"));
            read = extrapolated.ToString("0.00", CultureInfo.InvariantCulture);
        }

        return string.Create(CultureInfo.InvariantCulture, $"predictor devices={settings.Devices} compute_s={outcome.Elapsed.TotalSeconds:0.00} read_s={read}");
    }

    // The machine is shared: the 1-minute load average says how much of it the run had.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
