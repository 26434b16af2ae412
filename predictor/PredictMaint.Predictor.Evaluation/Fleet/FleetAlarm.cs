namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>A new ticket the service would have opened: the first prediction of an episode.</summary>
public sealed record FleetAlarm(string DeviceId, string Component, DateTimeOffset At, DateTimeOffset PredictedFailureAt);
