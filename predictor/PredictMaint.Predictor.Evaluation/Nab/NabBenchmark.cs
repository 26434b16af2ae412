namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>
/// Scores a corpus whose files carry detector scores: one threshold per profile, optimised over
/// the whole corpus, and the raw score normalised so the null detector (no detections, every
/// window missed) scores 0 and a perfect one (every window detected, rewarded
/// the full TP weight) scores 100: 100 · (raw − null) / (perfect − null).
/// </summary>
public static class NabBenchmark
{
    /// <param name="fixedThresholds">
    /// Per profile name, a threshold to score at instead of optimising (NAB's stored
    /// <c>thresholds.json</c> mode, used to reproduce a detector's published scores).
    /// </param>
    public static IReadOnlyList<NabProfileResult> Score(
        IReadOnlyList<NabFile> files,
        IReadOnlyList<NabProfile> profiles,
        IReadOnlyDictionary<string, double>? fixedThresholds = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(profiles);
        var points = new List<NabPoint>();
        var windowId = 0;
        foreach (var file in files)
        {
            NabSweep.Sweep(file.Times, file.Scores, file.Windows, windowId, points);
            windowId += file.Windows.Count;
        }

        var windows = points.Where(p => p.Window >= 0).Select(p => p.Window).Distinct().Count();
        var results = new List<NabProfileResult>();
        foreach (var profile in profiles)
        {
            var (threshold, raw) = fixedThresholds is not null && fixedThresholds.TryGetValue(profile.Name, out var stored)
                ? (stored, NabThresholdSweep.ScoreAt(points, profile, stored))
                : NabThresholdSweep.Optimise(points, profile);
            var nullScore = -windows * profile.FalseNegativeWeight;
            var perfect = windows * profile.TruePositiveWeight;
            results.Add(new NabProfileResult(profile.Name, threshold, raw, 100 * (raw - nullScore) / (perfect - nullScore)));
        }

        return results;
    }
}
