namespace PredictMaint.Predictor.Models.RemainingLife;

/// <summary>
/// Remaining life from the last observation, in the caller's time unit: the median and a
/// two-sided interval at <see cref="Confidence"/>. Infinite when the threshold is not reached.
/// </summary>
public readonly record struct RemainingLifeEstimate(double Median, double Lower, double Upper, double Confidence);
