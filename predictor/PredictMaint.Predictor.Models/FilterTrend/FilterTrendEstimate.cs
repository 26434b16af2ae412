namespace PredictMaint.Predictor.Models.FilterTrend;

/// <summary>
/// Result of the linear-trend filter model, on the axis the caller fitted (hours or litres) from the
/// newest sample: the slope is kPa per unit of that axis and the distances to the threshold are in it.
/// <see cref="ToThresholdUpper"/> is <see cref="double.PositiveInfinity"/> when the trend's
/// interval does not exclude a flat or falling pressure drop.
/// </summary>
public readonly record struct FilterTrendEstimate(
    double CurrentPressureDropKpa,
    double SlopeKpaPerUnit,
    double ToThreshold,
    double ToThresholdLower,
    double ToThresholdUpper,
    double RSquared,
    int Samples);
