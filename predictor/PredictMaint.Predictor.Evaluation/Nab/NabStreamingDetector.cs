using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>
/// Our NAB detectors, all streaming (no future value used; each learns during NAB's probation
/// rows, which are not scored). The default, <see cref="NoveltyEnsembleName"/>, is
/// <see cref="NoveltyEnsemble"/>. The spectral-residual detectors — streaming spectral residual,
/// optionally combined (max) with the windowed deviation — standardise the raw score against the
/// series' own score history (<see cref="AnomalyLikelihood.Standardised"/>) and keep only the
/// onset of an alert: a row scores only if it exceeds every score of the preceding
/// <see cref="RefractoryRows"/> rows.
/// </summary>
public static class NabStreamingDetector
{
    public const string NoveltyEnsembleName = "novelty-ensemble";
    public const string SpectralResidualName = "spectral-residual";
    public const string CombinedName = "sr-deviation";

    public const int SpectralWindow = 59;
    public const int SpectralLag = 3;
    public const int DeviationWindow = 100;
    public const int RefractoryRows = 500;
    public const int ScoreHistory = 2000;

    public static bool IsOurs(string detector) => detector is NoveltyEnsembleName or SpectralResidualName or CombinedName;

    public static double[] Score(double[] values, string detector)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (detector == NoveltyEnsembleName)
        {
            return NoveltyEnsemble.Scores(values, NabSweep.ProbationRows(values.Length));
        }

        var raw = SpectralResidual.StreamingScores(values, SpectralWindow, lag: SpectralLag);
        if (detector == CombinedName)
        {
            var deviation = WindowedDeviation.Scores(values, DeviationWindow);
            for (var i = 0; i < raw.Length; i++)
            {
                raw[i] = Math.Max(raw[i], deviation[i]);
            }
        }

        var standardised = AnomalyLikelihood.Standardised(raw, ScoreHistory, recent: 1);
        var scores = new double[standardised.Length];
        for (var i = 0; i < standardised.Length; i++)
        {
            var previousMax = double.NegativeInfinity;
            for (var j = Math.Max(0, i - RefractoryRows); j < i; j++)
            {
                previousMax = Math.Max(previousMax, standardised[j]);
            }

            scores[i] = standardised[i] > previousMax ? standardised[i] : double.MinValue;
        }

        return scores;
    }
}
