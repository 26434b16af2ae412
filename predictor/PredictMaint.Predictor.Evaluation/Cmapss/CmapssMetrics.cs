namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary>
/// The C-MAPSS metrics: RMSE and the scoring function of the PHM 2008 challenge (Saxena et al.,
/// "Damage Propagation Modeling for Aircraft Engine Run-to-Failure Simulation", PHM 2008):
/// d = predicted − true, s = e^{−d/13} − 1 for d &lt; 0, e^{d/10} − 1 otherwise; late costs more.
/// </summary>
public static class CmapssMetrics
{
    public static double Rmse(ReadOnlySpan<double> predicted, ReadOnlySpan<double> truth)
    {
        double sum = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            var d = predicted[i] - truth[i];
            sum += d * d;
        }

        return Math.Sqrt(sum / predicted.Length);
    }

    public static double NasaScore(ReadOnlySpan<double> predicted, ReadOnlySpan<double> truth)
    {
        double sum = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            var d = predicted[i] - truth[i];
            sum += d < 0 ? Math.Exp(-d / 13) - 1 : Math.Exp(d / 10) - 1;
        }

        return sum;
    }
}
