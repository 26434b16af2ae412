using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Edge.Hosting;

/// <summary>Configuration section <c>Edge</c>: who this device is.</summary>
public sealed class EdgeOptions
{
    public const string SectionName = "Edge";

    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,64}$", ErrorMessage = "Site must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.")]
    public string Site { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,64}$", ErrorMessage = "Device must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.")]
    public string Device { get; set; } = string.Empty;

    [Required]
    public string Model { get; set; } = "aqua-200";
}
