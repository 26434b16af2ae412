using System.Globalization;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// Approves a fresh preventive ticket automatically when a rule for its component and model
/// holds; otherwise the ticket waits for a planner and the verdict is only noted ("shadow
/// mode"), so a model's record can be checked before it is trusted.
/// </summary>
public sealed class AutoApprovalPolicy(IEnumerable<AutoApprovalRule> rules)
{
    private readonly AutoApprovalRule[] rules = [.. rules];

    public static AutoApprovalPolicy ShadowOnly { get; } = new([]);

    /// <summary>True to approve now; the note says why either way.</summary>
    public (bool Approve, string Note) Decide(Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        var rule = rules.FirstOrDefault(r =>
            string.Equals(r.Component, prediction.Component, StringComparison.Ordinal)
            && (r.ModelVersion == "*" || string.Equals(r.ModelVersion, prediction.ModelVersion, StringComparison.Ordinal)));
        if (rule is null)
        {
            return (false, $"shadow: no auto-approval rule for {prediction.Component}/{prediction.ModelVersion}");
        }

        var leadTime = PredictionIntake.LeadTime(prediction);
        if (prediction.Confidence < rule.MinConfidence)
        {
            return (false, string.Create(CultureInfo.InvariantCulture, $"shadow: confidence {prediction.Confidence:0.###} below {rule.MinConfidence:0.###}"));
        }

        if (leadTime < rule.MinLeadTime)
        {
            return (false, $"shadow: lead time {leadTime} below {rule.MinLeadTime}");
        }

        return (true, string.Create(CultureInfo.InvariantCulture, $"auto-approved: confidence {prediction.Confidence:0.###}, lead time {leadTime}"));
    }
}
