using PredictMaint.Predictor.Models.RemainingLife;

namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary>
/// What the filter evaluation learns from training runs: RUL calibration factor, run-life
/// statistics (s), and the conformal intervals of the calibrated prediction (null until fitted).
/// </summary>
public sealed record FilterCalibration(double Factor, double MedianLife, double LifeStd, ConformalIntervals? Intervals = null);
