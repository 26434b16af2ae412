namespace PredictMaint.Predictor.Models.DataQuality;

/// <summary>
/// What a healthy sensor's window looks like: readings inside the physical range, at most
/// <see cref="MaximumMissingFraction"/> missing (non-finite), and not frozen — the newest
/// <see cref="StuckRunLength"/> or more readings all identical means a stuck sensor,
/// since real measurements carry noise.
/// </summary>
public sealed record SensorLimits(
    double Minimum,
    double Maximum,
    double MaximumMissingFraction = 0.2,
    int StuckRunLength = 12,
    double MaximumImplausibleFraction = 0.05);
