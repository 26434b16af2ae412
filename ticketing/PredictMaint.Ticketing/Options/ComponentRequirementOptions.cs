using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ticketing.Options;

/// <summary>One entry of <c>Ticketing:FieldService:Catalogue</c>: what servicing a component takes.</summary>
public sealed class ComponentRequirementOptions
{
    [Required]
    [RegularExpression("^(filter|pump|bearing)$", ErrorMessage = "Component must be filter, pump or bearing.")]
    public string Component { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,64}$", ErrorMessage = "Skill must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.")]
    public string Skill { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,64}$", ErrorMessage = "PartNumber must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.")]
    public string PartNumber { get; set; } = string.Empty;

    [Range(typeof(TimeSpan), "00:15:00", "12:00:00")]
    public TimeSpan JobDuration { get; set; } = TimeSpan.FromHours(1);
}
