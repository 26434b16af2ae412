using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Multivariate;

/// <summary>
/// Point-wise figures for the <c>anomaly</c> labels over all rows of all files (F1, false-alarm
/// rate FP/(FP+TN), missed-alarm rate FN/(FN+TP), as fractions) and the NAB standard-profile score
/// of the detected onsets against windows around the <c>changepoint</c> labels (NaN without any).
/// </summary>
public sealed record MultivariateResult(int Files, double F1, double FalseAlarmRate, double MissedAlarmRate, double ChangepointNab)
{
    public string LastLine() => string.Create(CultureInfo.InvariantCulture,
        $"multivariate files={Files} f1={F1:0.000} far={FalseAlarmRate:0.000} mar={MissedAlarmRate:0.000} changepoint_nab={ChangepointNab:0.00}");
}
