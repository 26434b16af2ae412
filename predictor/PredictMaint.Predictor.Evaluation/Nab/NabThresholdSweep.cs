namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>
/// Raw NAB score of a set of points at every distinct threshold, and the corpus-wide optimum.
/// A point is a detection when its anomaly score is at or above the threshold; only the earliest
/// detection in a window counts (it has the largest reward, so the maximum is kept); every
/// detection outside a window adds its (negative) reward times the FP weight; every window with
/// no detection costs the FN weight.
/// </summary>
public static class NabThresholdSweep
{
    /// <summary>Scores for thresholds from high to low; the first entry (1.1) detects nothing.</summary>
    public static IReadOnlyList<(double Threshold, double Score)> ScoreByThreshold(IReadOnlyList<NabPoint> points, NabProfile profile)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(profile);
        var sorted = points.ToArray();
        Array.Sort(sorted, static (a, b) => b.AnomalyScore.CompareTo(a.AnomalyScore));
        var windowCount = points.Where(p => p.Window >= 0).Select(p => p.Window).Distinct().Count();
        var best = new Dictionary<int, double>();
        double truePositives = 0, falsePositives = 0, falseNegatives = -windowCount * profile.FalseNegativeWeight;
        var threshold = 1.1;
        var result = new List<(double, double)>();
        foreach (var point in sorted)
        {
            if (point.AnomalyScore != threshold)
            {
                result.Add((threshold, truePositives + falsePositives + falseNegatives));
                threshold = point.AnomalyScore;
            }

            if (point.Window < 0)
            {
                falsePositives += point.UnweightedReward * profile.FalsePositiveWeight;
                continue;
            }

            var reward = point.UnweightedReward * profile.TruePositiveWeight;
            if (!best.TryGetValue(point.Window, out var previous))
            {
                falseNegatives += profile.FalseNegativeWeight;
                truePositives += reward;
                best[point.Window] = reward;
            }
            else if (reward > previous)
            {
                truePositives += reward - previous;
                best[point.Window] = reward;
            }
        }

        result.Add((threshold, truePositives + falsePositives + falseNegatives));
        return result;
    }

    /// <summary>Raw score when every point at or above <paramref name="threshold"/> is a detection.</summary>
    public static double ScoreAt(IReadOnlyList<NabPoint> points, NabProfile profile, double threshold)
    {
        var score = double.NaN;
        foreach (var candidate in ScoreByThreshold(points, profile))
        {
            if (candidate.Threshold < threshold)
            {
                break;
            }

            score = candidate.Score;
        }

        return score;
    }

    /// <summary>The best-scoring threshold; ties go to the higher threshold, as in NAB.</summary>
    public static (double Threshold, double Score) Optimise(IReadOnlyList<NabPoint> points, NabProfile profile)
    {
        var best = (Threshold: double.NaN, Score: double.NegativeInfinity);
        foreach (var candidate in ScoreByThreshold(points, profile))
        {
            if (candidate.Score > best.Score)
            {
                best = candidate;
            }
        }

        return best;
    }
}
