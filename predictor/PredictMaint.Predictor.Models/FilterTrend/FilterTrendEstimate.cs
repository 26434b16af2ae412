namespace PredictMaint.Predictor.Models.FilterTrend;

/// <summary>
/// Result of the linear-trend filter model, in hours from the newest sample.
/// <see cref="HoursToThresholdUpper"/> is <see cref="double.PositiveInfinity"/> when the trend's
/// interval does not exclude a flat or falling pressure drop.
/// </summary>
public readonly record struct FilterTrendEstimate(
    double CurrentPressureDropKpa,
    double SlopeKpaPerHour,
    double HoursToThreshold,
    double HoursToThresholdLower,
    double HoursToThresholdUpper,
    double RSquared,
    int Samples);
