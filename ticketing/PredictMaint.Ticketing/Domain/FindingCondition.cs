namespace PredictMaint.Ticketing.Domain;

/// <summary>What the technician found, judged against the prediction; the ground truth for model precision.</summary>
public enum FindingCondition
{
    /// <summary>The component was worn as predicted.</summary>
    ConfirmsPrediction,

    /// <summary>The component was fine (or failed otherwise): the prediction was wrong.</summary>
    ContradictsPrediction,
}
