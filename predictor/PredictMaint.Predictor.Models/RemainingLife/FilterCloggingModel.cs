using MathNet.Numerics;

namespace PredictMaint.Predictor.Models.RemainingLife;

/// <summary>
/// Physics-informed filter remaining life: clogging is a function of the volume filtered, not of
/// time. The hydraulic resistance R = ΔP / Q (Darcy) is fitted against cumulative volume V, and a
/// usage forecast (recent mean flow) turns the volume still to go into time.
/// </summary>
/// <remarks>
/// Cake filtration (Ruth, 1935) gives R linear in V at constant concentration; pore blocking and
/// cake compression make it convex (Hermia, 1982), so R(V) = r₀ + r₁V + r₂V² is fitted by least
/// squares to the most recent <c>fitFraction</c> of the history. End of life is ΔP = D at the
/// forecast flow Q̂, i.e. R* = D / Q̂; V* is the first root of R(V) = R* beyond V_now and the
/// remaining life (V* − V_now) / Q̂. The interval repeats this for R* ∓ 2σ (σ the fit's residual
/// standard deviation): a noisier curve gives a wider interval. Unless the straight-line slope
/// of R against V exceeds twice its standard error, the filter is not clogging measurably and the
/// remaining life is +∞ (noise must not be extrapolated into a failure).
/// </remarks>
public static class FilterCloggingModel
{
    /// <param name="times">Sample times (s or h; RUL comes out in the same unit), ascending.</param>
    /// <param name="flow">Flow per time unit (any volume unit), same length.</param>
    /// <param name="pressureDrop">Pressure drop across the filter.</param>
    /// <param name="threshold">End-of-life pressure drop D.</param>
    public static RemainingLifeEstimate? Estimate(
        ReadOnlySpan<double> times, ReadOnlySpan<double> flow, ReadOnlySpan<double> pressureDrop, double threshold,
        double fitFraction = 0.5, int recentSamples = 10, int minimumSamples = 8)
    {
        var n = times.Length;
        var volume = new List<double>(n);
        var resistance = new List<double>(n);
        double cumulative = 0, maxFlow = 0;
        for (var i = 0; i < n; i++)
        {
            maxFlow = Math.Max(maxFlow, flow[i]);
        }

        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                cumulative += 0.5 * (flow[i] + flow[i - 1]) * (times[i] - times[i - 1]);
            }

            // Near-zero flow makes ΔP/Q meaningless.
            if (flow[i] > 0.1 * maxFlow && double.IsFinite(pressureDrop[i]))
            {
                volume.Add(cumulative);
                resistance.Add(pressureDrop[i] / flow[i]);
            }
        }

        if (volume.Count < minimumSamples)
        {
            return null;
        }

        var start = (int)(volume.Count * (1 - fitFraction));
        var x = volume.Skip(start).ToArray();
        var y = resistance.Skip(start).ToArray();
        if (x.Length < minimumSamples || x[^1] - x[0] <= 0)
        {
            return null;
        }

        if (!RisesSignificantly(x, y))
        {
            return new RemainingLifeEstimate(double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, 0.95);
        }

        var p = x.Length >= 3 * minimumSamples ? Fit.Polynomial(x, y, 2) : [.. Fit.Polynomial(x, y, 1), 0.0];
        double residual = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var e = y[i] - (p[0] + (p[1] * x[i]) + (p[2] * x[i] * x[i]));
            residual += e * e;
        }

        var sigma = Math.Sqrt(residual / Math.Max(1, x.Length - 3));
        double recentFlow = 0;
        var recent = Math.Min(recentSamples, n);
        for (var i = n - recent; i < n; i++)
        {
            recentFlow += flow[i];
        }

        recentFlow /= recent;
        if (recentFlow <= 0)
        {
            return null;
        }

        double Time(double targetResistance)
        {
            var root = FirstRootBeyond(p, targetResistance, cumulative);
            return double.IsFinite(root) ? Math.Max(0, root - cumulative) / recentFlow : double.PositiveInfinity;
        }

        var target = threshold / recentFlow;
        return new RemainingLifeEstimate(Time(target), Time(target - (2 * sigma)), Time(target + (2 * sigma)), 0.95);
    }

    private static bool RisesSignificantly(double[] x, double[] y)
    {
        double meanX = x.Average(), meanY = y.Average(), sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }

        var slope = sxy / sxx;
        var standardError = Math.Sqrt(Math.Max(0, syy - (slope * sxy)) / Math.Max(1, x.Length - 2) / sxx);
        return slope > 2 * standardError;
    }

    // Smallest V ≥ v0 with p0 + p1 V + p2 V² = target, if the curve rises to it; else +∞.
    private static double FirstRootBeyond(double[] p, double target, double v0)
    {
        var value = p[0] + (p[1] * v0) + (p[2] * v0 * v0);
        if (value >= target)
        {
            return v0;
        }

        if (Math.Abs(p[2]) < 1e-15)
        {
            return p[1] > 0 ? (target - p[0]) / p[1] : double.PositiveInfinity;
        }

        var discriminant = (p[1] * p[1]) - (4 * p[2] * (p[0] - target));
        if (discriminant < 0)
        {
            return double.PositiveInfinity;
        }

        var root1 = (-p[1] - Math.Sqrt(discriminant)) / (2 * p[2]);
        var root2 = (-p[1] + Math.Sqrt(discriminant)) / (2 * p[2]);
        var candidates = new[] { root1, root2 }.Where(r => r >= v0).ToArray();
        return candidates.Length == 0 ? double.PositiveInfinity : candidates.Min();
    }
}
