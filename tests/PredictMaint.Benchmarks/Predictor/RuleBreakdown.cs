using System.Diagnostics;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// Where the scoring time goes: each hourly rule timed alone on one thread over a sample of the
/// fleet at its newest grid point (Stopwatch, no profiler: dotnet-counters/trace are not on these
/// machines). The rest of a pass is scheduling, the maintenance look-ups and the tracker.
/// </summary>
internal static class RuleBreakdown
{
    public static string Measure(IReadOnlyList<HourlyFeatures> fleet, PredictorOptions options, int devices)
    {
        var sample = fleet.Take(devices).Where(f => f.Hours.Length > 0).ToArray();
        var bearing = Time(sample, f => BearingPredictionRule.Evaluate(f, options, f.Hours[^1]).Prediction);
        var pump = Time(sample, f => PumpPredictionRule.Evaluate(f, options, f.Hours[^1]).Prediction);
        return $"rule breakdown (1 thread, {sample.Length} devices): bearing {bearing:0.0} us/evaluation, pump {pump:0.0} us/evaluation";
    }

    private static double Time(HourlyFeatures[] sample, Func<HourlyFeatures, object?> rule)
    {
        var clock = Stopwatch.StartNew();
        var predictions = 0;
        foreach (var features in sample)
        {
            predictions += rule(features) is null ? 0 : 1;
        }

        GC.KeepAlive(predictions);
        return clock.Elapsed.TotalMicroseconds / sample.Length;
    }
}
