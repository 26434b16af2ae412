using PredictMaint.Platform.Physics;

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
    /// rated flow (and non-finite readings) are skipped.
    /// </summary>
    public static int Normalise(
        ReadOnlySpan<double> pressureDropKpa,
        ReadOnlySpan<double> flowLitresPerMinute,
        ReadOnlySpan<double> waterTemperatureCelsius,
        double ratedFlowLitresPerMinute,
        double minimumFlowFraction,
        Span<double> normalised,
        Span<int> sourceIndex)
    {
        if (flowLitresPerMinute.Length != pressureDropKpa.Length || waterTemperatureCelsius.Length != pressureDropKpa.Length)
        {
            throw new ArgumentException("All input spans must have the same length.", nameof(flowLitresPerMinute));
        }

        var count = 0;
        for (var i = 0; i < pressureDropKpa.Length; i++)
        {
            var flow = flowLitresPerMinute[i];
            var pressure = pressureDropKpa[i];
            var temperature = waterTemperatureCelsius[i];
            if (!double.IsFinite(flow) || !double.IsFinite(pressure) || !double.IsFinite(temperature) || flow < minimumFlowFraction * ratedFlowLitresPerMinute)
            {
                continue;
            }

            normalised[count] = pressure * (ratedFlowLitresPerMinute / flow) / WaterViscosity.RelativeToReference(temperature);
            sourceIndex[count] = i;
            count++;
        }

        return count;
    }
}
