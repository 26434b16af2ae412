using System.Diagnostics;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Maintenance;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// Scores a fleet's hourly rollups the way the service's cycle does (<see cref="ScoringService"/>):
/// the due points of the hourly grid (<see cref="EvaluationSchedule"/>), then
/// <see cref="DeviceScorer.ScoreHourly"/> (bearing and pump rules, maintenance cut-off, the
/// tracker deciding what would be sent). Each worker owns the devices of one
/// <see cref="DevicePartition"/> with its own tracker, exactly as that many service instances with
/// <c>Predictor:Partitions</c> would split the fleet; the tracker is single-threaded by design.
/// </summary>
internal static class FleetScoring
{
    public static ScoringOutcome Run(
        IReadOnlyList<HourlyFeatures> fleet, IReadOnlyList<DeviceCondition> conditions, PredictorOptions options, int evaluations, int workers)
    {
        var partitions = Enumerable.Range(0, workers).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < fleet.Count; i++)
        {
            partitions[DevicePartition.Of(fleet[i].SiteId, fleet[i].DeviceId, workers)].Add(i);
        }

        var maintenance = new MaintenanceLog();
        var tallies = new Tally[workers];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var tracker = new PredictionTracker(options);
            var tally = new Tally();
            foreach (var device in partitions[worker])
            {
                var features = fleet[device];
                if (features.Hours.Length == 0)
                {
                    continue;
                }

                var times = EvaluationSchedule.Times(features.Hours, features.Hours[^1] - (options.EvaluationStep * evaluations), options.EvaluationStep);
                tally.Evaluations += times.Count;
                foreach (var decision in DeviceScorer.ScoreHourly(features, times, maintenance, tracker, options))
                {
                    if (decision.Prediction is { } prediction)
                    {
                        tally.Count(prediction.Component, conditions[device]);
                    }
                }
            }

            tallies[worker] = tally;
        });
        var elapsed = clock.Elapsed;
        process.Refresh();
        return new ScoringOutcome(
            elapsed,
            process.TotalProcessorTime - cpuBefore,
            tallies.Sum(t => t.Evaluations),
            Sum(tallies, t => t.Predictions),
            Sum(tallies, t => t.Hits));
    }

    private static Dictionary<string, int> Sum(Tally[] tallies, Func<Tally, Dictionary<string, int>> pick) =>
        tallies.SelectMany(pick).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);

    private sealed class Tally
    {
        public long Evaluations { get; set; }

        public Dictionary<string, int> Predictions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

        public void Count(string component, DeviceCondition condition)
        {
            Predictions[component] = Predictions.GetValueOrDefault(component) + 1;
            var hit = (component, condition) is (Component.Bearing, DeviceCondition.WearingBearing) or (Component.Pump, DeviceCondition.WearingPump);
            if (hit)
            {
                Hits[component] = Hits.GetValueOrDefault(component) + 1;
            }
        }
    }
}
