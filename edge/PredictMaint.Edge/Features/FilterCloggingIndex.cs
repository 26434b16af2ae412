using PredictMaint.Platform.Physics;

namespace PredictMaint.Edge.Features;

/// <summary>
/// Filter clogging index: the pressure drop the filter would show at rated flow and 20 °C,
/// ΔP · (Q_rated / Q) · μ(20 °C) / μ(T). By Darcy's law ΔP through a porous medium is
/// proportional to flow and viscosity, so this removes the effect of demand and water
/// temperature and leaves the filter's resistance, which only grows as it clogs.
/// </summary>
public static class FilterCloggingIndex
{
    /// <summary>
    /// False when the flow is below <paramref name="minimumFlowFraction"/> of rated (pump off or
    /// nearly so: ΔP/Q is then noise over noise) or an input is not a finite number.
    /// </summary>
    public static bool TryCompute(
        double pressureDropKpa, double flowLitresPerMinute, double waterTemperatureCelsius,
        double ratedFlowLitresPerMinute, double minimumFlowFraction, out double indexKpa)
    {
        indexKpa = 0;
        if (!double.IsFinite(pressureDropKpa) || !double.IsFinite(flowLitresPerMinute) || !double.IsFinite(waterTemperatureCelsius)
            || ratedFlowLitresPerMinute <= 0 || flowLitresPerMinute < minimumFlowFraction * ratedFlowLitresPerMinute || flowLitresPerMinute <= 0)
        {
            return false;
        }

        indexKpa = pressureDropKpa * (ratedFlowLitresPerMinute / flowLitresPerMinute) / WaterViscosity.RelativeToReference(waterTemperatureCelsius);
        return true;
    }
}
