namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary>What the filter evaluation learns from training runs: RUL calibration factor and run-life statistics (s).</summary>
public sealed record FilterCalibration(double Factor, double MedianLife, double LifeStd);
