using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>Our NAB detector: streaming spectral residual, squashed into [0, 1).</summary>
public static class NabSpectralResidualDetector
{
    public static double[] Score(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var raw = SpectralResidual.StreamingScores(values);
        var scores = new double[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            scores[i] = 1 - Math.Exp(-Math.Max(0, raw[i]));
        }

        return scores;
    }
}
