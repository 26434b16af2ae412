using PredictMaint.Platform.Contracts;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// The filter evaluation at one device time: a prediction (or none: clear), or a suspect sensor,
/// which is unknown — it must neither raise nor retract a ticket.
/// </summary>
public readonly record struct FilterVerdict(Prediction? Prediction, bool IsSensorSuspect)
{
    public static FilterVerdict SensorSuspect { get; } = new(null, IsSensorSuspect: true);
}
