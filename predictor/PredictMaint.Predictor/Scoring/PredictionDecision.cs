using PredictMaint.Platform.Contracts;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// What one evaluation asks ticketing for: a <see cref="Prediction"/> to send (new or materially
/// changed), or a <see cref="Retraction"/> of the one sent before. Exactly one is set.
/// </summary>
public sealed record PredictionDecision(Prediction? Prediction, PredictionRetraction? Retraction)
{
    /// <summary>True when <see cref="Prediction"/> replaces one sent before (a material change), false for a first prediction.</summary>
    public bool Changed { get; init; }
}
