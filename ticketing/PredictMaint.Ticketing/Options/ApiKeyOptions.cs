using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Ticketing.Options;

/// <summary>One API key, e.g. <c>Ticketing:ApiKeys:0:Name</c>, <c>:Key</c>, <c>:Role</c>.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key; appears in logs, unlike the key.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    [Required]
    [MinLength(16, ErrorMessage = "An API key needs at least 16 characters.")]
    public string Key { get; set; } = string.Empty;

    /// <summary>One of <see cref="Security.Roles"/>.</summary>
    [Required]
    [RegularExpression(
        "^(predictor|planner|technician|supervisor|admin|dispatch|monitoring)$",
        ErrorMessage = "Role must be one of predictor, planner, technician, supervisor, admin, dispatch, monitoring.")]
    public string Role { get; set; } = string.Empty;
}
