using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PredictMaint.Edge.Configuration;

/// <summary>
/// [Range] for <see cref="TimeSpan"/> options without the reflection-based type converter that
/// <c>RangeAttribute(typeof(TimeSpan), ...)</c> needs, which trimming can break.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class DurationRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) => value is not TimeSpan duration || (duration >= Minimum && duration <= Maximum);

    public override string FormatErrorMessage(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be between {Minimum} and {Maximum}.");
}
