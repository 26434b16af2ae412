using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>
/// Our NAB detectors, all streaming (no future value used). A raw score per row — streaming
/// spectral residual, optionally combined (max) with the windowed deviation — is standardised
/// against the series' own score history (<see cref="AnomalyLikelihood.Standardised"/>); then
/// only the onset of an alert is kept: a row scores only if it exceeds every score of the
/// preceding <see cref="RefractoryRows"/> rows, because NAB credits the first detection in a
/// window and charges every later one outside it.
/// </summary>
public static class NabStreamingDetector
{
    public const string SpectralResidualName = "spectral-residual";
    public const string CombinedName = "sr-deviation";

    public const int SpectralWindow = 59;
    public const int SpectralLag = 3;
    public const int DeviationWindow = 100;
    public const int RefractoryRows = 500;
    public const int ScoreHistory = 2000;

    public static bool IsOurs(string detector) => detector is SpectralResidualName or CombinedName;

    public static double[] Score(double[] values, string detector)
    {
        ArgumentNullException.ThrowIfNull(values);
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
