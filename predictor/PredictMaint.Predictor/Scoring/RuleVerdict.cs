using PredictMaint.Platform.Contracts;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// One component rule's evaluation at one device time: a prediction, clear (no prediction), or a
/// suspect sensor, which is unknown — it must neither raise nor retract a ticket. Every rule
/// (filter, pump, bearing) answers with one, so <see cref="DeviceScorer"/> treats them alike.
/// </summary>
public readonly record struct RuleVerdict(Prediction? Prediction, bool IsSensorSuspect)
{
    public static RuleVerdict SensorSuspect { get; } = new(null, IsSensorSuspect: true);

    public static RuleVerdict Clear { get; } = new(null, IsSensorSuspect: false);

    /// <summary>The rule trusted its sensors: <paramref name="prediction"/>, or clear when null.</summary>
    public static RuleVerdict Of(Prediction? prediction) => new(prediction, IsSensorSuspect: false);
}
