using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Nameplate data of the booster pump (configuration <c>Predictor:Pump</c>), from which the wear
/// indicator turns current and flow into efficiency. Defaults are the aqua models' pump.
/// </summary>
public sealed class PumpNameplate
{
    [Range(1.0, 1000.0)]
    public double SupplyVolts { get; set; } = 24.0;

    [Range(0.0, 1000.0)]
    public double NoLoadWatts { get; set; } = 10.0;

    [Range(0.01, 1.0)]
    public double NewEfficiency { get; set; } = 0.35;

    /// <summary>Pressure the pump adds for the membrane, on top of the filter's drop.</summary>
    [Range(0.0, 10_000.0)]
    public double MembranePressureKpa { get; set; } = 150.0;

    /// <summary>Efficiency lost at end of life (0.3: current at rated duty about 40 % above new).</summary>
    [Range(0.01, 0.9)]
    public double EndOfLifeDegradation { get; set; } = 0.3;

    /// <summary>Power the motor turns into work at <paramref name="amps"/>: I·U − P₀ (W).</summary>
    public double ShaftWatts(double amps) => (amps * SupplyVolts) - NoLoadWatts;

    /// <summary>Hydraulic power Q·H (W) of <paramref name="litresPerMinute"/> against <paramref name="headKpa"/>.</summary>
    public static double HydraulicWatts(double litresPerMinute, double headKpa) => litresPerMinute / 60_000.0 * headKpa * 1000.0;
}
