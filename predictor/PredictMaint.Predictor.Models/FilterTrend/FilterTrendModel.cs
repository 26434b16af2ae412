namespace PredictMaint.Predictor.Models.FilterTrend;

/// <summary>
/// The walking-skeleton filter model: an ordinary least-squares line through the normalised
/// pressure drop of the recent window, extrapolated to the end-of-life threshold.
/// </summary>
/// <remarks>
/// Slope b = Σ(t−t̄)(y−ȳ) / Σ(t−t̄)², level at the newest sample ŷ(0) = ȳ + b(0 − t̄),
/// time to threshold (T − ŷ(0)) / b. The interval uses b ± 2·SE(b) with
/// SE(b) = √(σ̂² / Σ(t−t̄)²), σ̂² = Σ residual² / (n − 2). Clogging accelerates (cake compression),
/// so a straight line is optimistic near end of life; a physics-informed model replaces this later.
/// The axis is the caller's: hours for a trend in time, or litres filtered since each sample (the
/// scoring service's choice, since clogging advances with volume, Ruth 1935); the slope and the
/// distances to the threshold come back in the same unit.
/// </remarks>
public static class FilterTrendModel
{
    /// <param name="ago">Distance of each sample back from the newest on the caller's axis (hours or litres; 0 = newest, positive = older).</param>
    /// <param name="pressureDropKpa">Normalised pressure drop of each sample.</param>
    /// <param name="thresholdKpa">End-of-life pressure drop.</param>
    /// <param name="minimumSamples">Fewer usable samples give no estimate.</param>
    /// <param name="minimumSpan">A window shorter than this (same unit as <paramref name="ago"/>) gives no estimate.</param>
    public static FilterTrendEstimate? Estimate(
        ReadOnlySpan<double> ago,
        ReadOnlySpan<double> pressureDropKpa,
        double thresholdKpa,
        int minimumSamples = 12,
        double minimumSpan = 6)
    {
        if (ago.Length != pressureDropKpa.Length)
        {
            throw new ArgumentException("Times and values must have the same length.", nameof(pressureDropKpa));
        }

        var n = ago.Length;
        if (n < Math.Max(3, minimumSamples))
        {
            return null;
        }

        double meanT = 0, meanY = 0, minT = double.MaxValue, maxT = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            var t = -ago[i];
            meanT += t;
            meanY += pressureDropKpa[i];
            minT = Math.Min(minT, t);
            maxT = Math.Max(maxT, t);
        }

        meanT /= n;
        meanY /= n;
        if (maxT - minT < minimumSpan)
        {
            return null;
        }

        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dt = -ago[i] - meanT;
            var dy = pressureDropKpa[i] - meanY;
            sxx += dt * dt;
            sxy += dt * dy;
            syy += dy * dy;
        }

        var slope = sxy / sxx;
        var level = meanY - (slope * meanT);
        var residual = Math.Max(0, syy - (slope * sxy));
        var slopeError = Math.Sqrt(residual / (n - 2) / sxx);
        var rSquared = syy > 0 ? Math.Clamp(1 - (residual / syy), 0, 1) : 0;

        var remaining = thresholdKpa - level;
        if (remaining <= 0)
        {
            return new FilterTrendEstimate(level, slope, 0, 0, 0, rSquared, n);
        }

        return new FilterTrendEstimate(
            level,
            slope,
            ToThreshold: slope > 0 ? remaining / slope : double.PositiveInfinity,
            ToThresholdLower: slope + (2 * slopeError) > 0 ? remaining / (slope + (2 * slopeError)) : double.PositiveInfinity,
            ToThresholdUpper: slope - (2 * slopeError) > 0 ? remaining / (slope - (2 * slopeError)) : double.PositiveInfinity,
            rSquared,
            n);
    }
}
