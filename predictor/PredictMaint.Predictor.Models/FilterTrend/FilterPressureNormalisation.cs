namespace PredictMaint.Predictor.Models.FilterTrend;

/// <summary>
/// Turns a measured filter pressure drop into the pressure drop at rated flow and 20 °C, the
/// quantity that only changes as the filter clogs. Darcy's law: ΔP ∝ Q · μ(T) · R, so
/// ΔP_rated = ΔP · (Q_rated / Q) · μ(20 °C) / μ(T).
/// </summary>
public static class FilterPressureNormalisation
{
    /// <summary>
    /// Writes normalised values for usable samples into <paramref name="normalised"/> and their
    /// indices into <paramref name="sourceIndex"/>; returns how many were usable. At low flow the
    /// ratio amplifies sensor noise, so samples below <paramref name="minimumFlowFraction"/> of
    /// rated flow (and non-finite readings) are skipped. <paramref name="relativeViscosity"/> is
    /// μ(T) / μ(20 °C) per sample, computed by the caller from the water temperature, so this
    /// library stays free of physics tables.
    /// </summary>
    public static int Normalise(
        ReadOnlySpan<double> pressureDropKpa,
        ReadOnlySpan<double> flowLitresPerMinute,
        ReadOnlySpan<double> relativeViscosity,
        double ratedFlowLitresPerMinute,
        double minimumFlowFraction,
        Span<double> normalised,
        Span<int> sourceIndex)
    {
        if (flowLitresPerMinute.Length != pressureDropKpa.Length || relativeViscosity.Length != pressureDropKpa.Length)
        {
            throw new ArgumentException("All input spans must have the same length.", nameof(flowLitresPerMinute));
        }

        var count = 0;
        for (var i = 0; i < pressureDropKpa.Length; i++)
        {
            var flow = flowLitresPerMinute[i];
            var pressure = pressureDropKpa[i];
            var viscosity = relativeViscosity[i];
            if (!double.IsFinite(flow) || !double.IsFinite(pressure) || !double.IsFinite(viscosity) || viscosity <= 0 || flow < minimumFlowFraction * ratedFlowLitresPerMinute)
            {
                continue;
            }

            normalised[count] = pressure * (ratedFlowLitresPerMinute / flow) / viscosity;
            sourceIndex[count] = i;
            count++;
        }

        return count;
    }
}
