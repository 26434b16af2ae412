namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// When a model's predictions for a component are trusted enough to skip the planner.
/// <paramref name="ModelVersion"/> "*" matches every version of the model line.
/// </summary>
public sealed record AutoApprovalRule(string Component, string ModelVersion, double MinConfidence, TimeSpan MinLeadTime);
