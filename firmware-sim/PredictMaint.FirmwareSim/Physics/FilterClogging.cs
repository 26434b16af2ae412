namespace PredictMaint.FirmwareSim.Physics;

/// <summary>
/// Pressure drop of a cartridge filter as it loads with particles.
/// </summary>
/// <remarks>
/// Darcy flow through the medium plus a growing cake: ΔP = Q · μ · (R_medium + R_cake(V)).
/// At rated flow and 20 °C this is written as
/// ΔP_rated(V) = ΔP_clean · (1 + (ΔP_end / ΔP_clean − 1) · (V / V_end)^γ),
/// where V is the filtered volume, V_end the volume at which the filter reaches its end-of-life
/// pressure drop ΔP_end, and γ &gt; 1 models cake compression: resistance grows faster as the cake
/// thickens, so clogging accelerates near end of life. Pressure drop scales linearly with flow
/// (laminar Darcy regime) and with water viscosity.
/// </remarks>
internal sealed record FilterClogging(
    double CleanPressureDropKpa,
    double EndOfLifePressureDropKpa,
    double EndOfLifeVolumeLitres,
    double CompressionExponent = 1.8)
{
    /// <summary>Pressure drop at rated flow and 20 °C after filtering <paramref name="filteredLitres"/>.</summary>
    public double RatedPressureDropKpa(double filteredLitres)
    {
        var loading = Math.Max(0.0, filteredLitres) / EndOfLifeVolumeLitres;
        return CleanPressureDropKpa * (1.0 + ((EndOfLifePressureDropKpa / CleanPressureDropKpa) - 1.0) * Math.Pow(loading, CompressionExponent));
    }

    /// <summary>Pressure drop at an actual flow and water temperature.</summary>
    public double PressureDropKpa(double filteredLitres, double flowLitresPerMinute, double ratedFlowLitresPerMinute, double viscosityRatio) =>
        RatedPressureDropKpa(filteredLitres) * (flowLitresPerMinute / ratedFlowLitresPerMinute) * viscosityRatio;

    public bool IsAtEndOfLife(double filteredLitres) => filteredLitres >= EndOfLifeVolumeLitres;
}
