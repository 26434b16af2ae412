using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Component → skill, part and job duration. Configurable; <see cref="Defaults"/> covers the three predicted components.</summary>
public sealed class ComponentCatalogue(IEnumerable<ComponentRequirement> entries)
{
    private readonly Dictionary<string, ComponentRequirement> byComponent =
        entries.ToDictionary(e => e.Component, StringComparer.Ordinal);

    public static IReadOnlyList<ComponentRequirement> Defaults { get; } =
    [
        new(Component.Filter, "filter", "FLT-200", TimeSpan.FromHours(1)),
        new(Component.Pump, "pump", "PMP-450", TimeSpan.FromHours(3)),
        new(Component.Bearing, "mechanical", "BRG-6204", TimeSpan.FromHours(2)),
    ];

    /// <summary>The defaults, with each component named in <paramref name="overrides"/> replaced.</summary>
    public static ComponentCatalogue WithOverrides(IEnumerable<ComponentRequirement> overrides)
    {
        var replaced = overrides.ToList();
        return new ComponentCatalogue(Defaults.Where(d => replaced.TrueForAll(r => r.Component != d.Component)).Concat(replaced));
    }

    public IEnumerable<ComponentRequirement> All => byComponent.Values;

    public ComponentRequirement? For(string component) => byComponent.GetValueOrDefault(component);
}
