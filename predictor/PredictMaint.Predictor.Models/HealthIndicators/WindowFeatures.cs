namespace PredictMaint.Predictor.Models.HealthIndicators;

/// <summary>
/// Summary features of the most recent window of one (normalised) health signal, as used by
/// windowed-feature RUL regressors: mean of the last few points (a smoothed level), window mean,
/// least-squares slope per step, and standard deviation.
/// </summary>
public static class WindowFeatures
{
    public const int Count = 4;

    /// <summary>Writes <see cref="Count"/> features of <c>history[^window..]</c> (or all of it, if shorter).</summary>
    public static void Compute(ReadOnlySpan<double> history, int window, int recent, Span<double> output)
    {
        var span = history.Length > window ? history[^window..] : history;
        var n = span.Length;
        if (n == 0)
        {
            output[..Count].Clear();
            return;
        }

        var last = span[Math.Max(0, n - recent)..];
        double lastMean = 0;
        foreach (var value in last)
        {
            lastMean += value;
        }

        double mean = 0, meanT = (n - 1) / 2.0;
        foreach (var value in span)
        {
            mean += value;
        }

        mean /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var t = 0; t < n; t++)
        {
            sxy += (t - meanT) * (span[t] - mean);
            sxx += (t - meanT) * (t - meanT);
            syy += (span[t] - mean) * (span[t] - mean);
        }

        output[0] = lastMean / last.Length;
        output[1] = mean;
        output[2] = sxx > 0 ? sxy / sxx : 0;
        output[3] = Math.Sqrt(syy / n);
    }
}
