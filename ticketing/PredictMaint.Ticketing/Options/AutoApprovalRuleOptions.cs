using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ticketing.Options;

/// <summary>One rule under <c>Ticketing:AutoApproval:Rules:N</c>.</summary>
public sealed class AutoApprovalRuleOptions
{
    /// <summary>filter, pump or bearing.</summary>
    [Required]
    [RegularExpression("^(filter|pump|bearing)$")]
    public string Component { get; set; } = string.Empty;

    /// <summary>The exact model version, or "*" for any.</summary>
    [Required]
    public string ModelVersion { get; set; } = string.Empty;

    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 1;

    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan MinLeadTime { get; set; } = TimeSpan.FromDays(3);
}
