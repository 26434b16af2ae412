using PredictMaint.Predictor.Models.Anomaly;
using PredictMaint.Predictor.Models.Forecasting;

namespace PredictMaint.Predictor.Tests.Models.Anomaly;

public sealed class CusumTests
{
    [Fact]
    public void Alarms_LevelShiftUnderSeasonality_DetectedSoonAfterShiftOnSsaResiduals()
    {
        // Seasonal signal; from t = 300 the level rises by 1.5 noise σ. SSA fitted on the clean
        // first part gives the recurrence; residuals are one-step forecast errors.
        var random = new Random(4);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var series = Enumerable.Range(0, 500).Select(t => (5 * Math.Sin(2 * Math.PI * t / 25)) + (t >= 300 ? 1.5 : 0) + Gaussian()).ToArray();
        var ssa = SingularSpectrumAnalysis.Fit(series.AsSpan(0, 200), windowLength: 50, rank: 2);
        var lags = ssa.Recurrence.Length;
        var residuals = new double[series.Length - lags];
        for (var t = lags; t < series.Length; t++)
        {
            double forecast = 0;
            for (var j = 0; j < lags; j++)
            {
                forecast += ssa.Recurrence[j] * series[t - lags + j];
            }

            residuals[t - lags] = series[t] - forecast;
        }

        var alarms = Cusum.Alarms(residuals, reference: 150).Select(i => i + lags).ToArray();
        Assert.DoesNotContain(alarms, a => a < 300);
        Assert.Contains(alarms, a => a >= 300 && a < 340);
    }

    [Fact]
    public void Alarms_StationaryNoise_NoAlarm()
    {
        var random = new Random(8);
        var noise = Enumerable.Range(0, 400).Select(_ => random.NextDouble() - 0.5).ToArray();
        Assert.Empty(Cusum.Alarms(noise, reference: 100));
    }
}
