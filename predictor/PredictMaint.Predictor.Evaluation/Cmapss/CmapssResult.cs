using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary>
/// Test-set result: one prediction per unit at its last cycle; <see cref="Coverage"/> is the share
/// of units whose capped true RUL lies in the <see cref="CmapssEvaluation.IntervalConfidence"/> interval.
/// </summary>
public sealed record CmapssResult(string Subset, int Units, double Rmse, double Score, int Regimes, double Coverage)
{
    public string LastLine() =>
        string.Create(CultureInfo.InvariantCulture, $"cmapss subset={Subset} units={Units} rmse={Rmse:0.00} score={Score:0.0} coverage={Coverage:0.00}");
}
