namespace PredictMaint.Predictor.Models.Anomaly;

/// <summary>
/// Streaming ensemble of two novelty detectors that fail in different ways: the relative entropy
/// of the recent value histogram (<see cref="RelativeEntropy"/>, Wang et al. 2010/2011) catches a
/// change of distribution — a level shift, a new oscillation, a variance change — and
/// <see cref="RangeNovelty"/> catches a single value beyond anything seen before, which a
/// 26-row histogram dilutes.
/// </summary>
/// <remarks>
/// The fused score is f = max(surprise / 3, novelty / 0.05), reported as f / (1 + f) ∈ [0, 1):
/// a value 5 % of the known range beyond it counts as 1; a histogram alarm, whose surprise stops
/// just past −log₁₀ α (about 2–2.5, because the new distribution is adopted at once), ranks
/// below that, so a corpus-wide threshold can take histogram alarms or leave them. Both parts learn
/// during the first <c>learningRows</c> rows and score 0 there. No repeat-alarm suppression: the
/// histogram detector adopts a new distribution as a hypothesis as soon as it alarms, so a
/// lasting change alarms only for about one window, and range novelty fires only on new extremes.
/// </remarks>
public static class NoveltyEnsemble
{
    public const double ClearSurprise = 3;
    public const double ClearRangeExcess = 0.05;

    public static double[] Scores(ReadOnlySpan<double> values, int learningRows, int window = 26, int bins = 5, double significance = 0.01)
    {
        var learning = Math.Max(learningRows, window);
        var surprise = RelativeEntropy.Scores(values, window, bins, learning, significance);
        var novelty = RangeNovelty.Scores(values, learning);
        var scores = new double[values.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var fused = Math.Max(surprise[i] / ClearSurprise, novelty[i] / ClearRangeExcess);
            scores[i] = fused / (1 + fused);
        }

        return scores;
    }
}
