using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Options;

/// <summary>Configuration section <c>Ticketing:FieldService</c>: the component catalogue and slot search limits.</summary>
public sealed class FieldServiceOptions
{
    public const string SectionName = "Ticketing:FieldService";

    /// <summary>Replaces the built-in entry of each component it names; components it omits keep their defaults.</summary>
    [ValidateEnumeratedItems]
    public IList<ComponentRequirementOptions> Catalogue { get; init; } = [];

    /// <summary>How far ahead slots are searched (also for late offers).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "180.00:00:00")]
    public TimeSpan Horizon { get; set; } = TimeSpan.FromDays(28);

    /// <summary>Slots listed when the caller does not say how many.</summary>
    [Range(1, 50)]
    public int DefaultSlotCount { get; set; } = 3;

    [Range(1, 200)]
    public int MaxSlotCount { get; set; } = 50;
}
