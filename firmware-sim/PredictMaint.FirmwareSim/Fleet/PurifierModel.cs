using System.ComponentModel.DataAnnotations;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>One equipment model in a heterogeneous fleet and its share of the devices.</summary>
internal sealed record PurifierModel
{
    [Required]
    public required string Name { get; init; }

    [Range(0.1, 100.0)]
    public double RatedFlowLitresPerMinute { get; init; } = 4.0;

    [Range(1.0, 1000.0)]
    public double CleanPressureDropKpa { get; init; } = 30.0;

    [Range(1.0, 1000.0)]
    public double EndOfLifePressureDropKpa { get; init; } = 100.0;

    /// <summary>Relative weight: devices get this model with probability share / sum of shares.</summary>
    [Range(0.0, double.MaxValue)]
    public double Share { get; init; } = 1.0;
}
