using PredictMaint.Predictor.Models.Anomaly;

namespace PredictMaint.Predictor.Tests.Models.Anomaly;

public sealed class HotellingMonitorTests
{
    private static double[][] Correlated(int count, int seed, double coupling)
    {
        var random = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Enumerable.Range(0, count).Select(_ =>
        {
            var a = Gaussian();
            return new[] { a, (coupling * a) + (0.3 * Gaussian()), Gaussian() };
        }).ToArray();
    }

    [Fact]
    public void Score_InControlData_FalseAlarmRateNearNominal()
    {
        var monitor = HotellingMonitor.Fit(Correlated(2000, 1, 2), falseAlarmRate: 0.01);
        var fresh = Correlated(20000, 2, 2);
        var rate = fresh.Count(row => monitor.Score(row) > monitor.ControlLimit) / 20000.0;
        Assert.InRange(rate, 0.006, 0.016);
    }

    [Fact]
    public void Score_BrokenCorrelationWithUnchangedMarginals_Alarms()
    {
        // x₂ = −2x₁ instead of +2x₁: each sensor alone looks exactly as before.
        var monitor = HotellingMonitor.Fit(Correlated(2000, 3, 2), falseAlarmRate: 0.01);
        var broken = Correlated(1000, 4, -2);
        var rate = broken.Count(row => monitor.Score(row) > monitor.ControlLimit) / 1000.0;
        // |Δx₂| = 4|x₁| against a residual σ of 0.3 exceeds the limit unless |x₁| ≲ 0.25: about 80 % of rows.
        Assert.True(rate > 0.7, $"only {rate:P0} of rows with a broken correlation alarmed");
    }

    [Fact]
    public void Score_IndependentUnitSensors_IsSquaredDistance()
    {
        var reference = Correlated(20000, 5, 0).Select(r => new[] { r[0], r[2] }).ToArray();
        var monitor = HotellingMonitor.Fit(reference);
        Assert.InRange(monitor.Score([5.0, 0.0]), 25 * 0.95, 25 * 1.05);
        Assert.InRange(monitor.Score([3.0, 4.0]), 25 * 0.95, 25 * 1.05);
    }

    [Fact]
    public void Fit_FewerRowsThanSensors_Throws() =>
        Assert.Throws<ArgumentException>(() => HotellingMonitor.Fit([[1.0, 2.0, 3.0], [2.0, 3.0, 1.0]]));

    [Fact]
    public void Follow_SlowDriftOfNormal_StopsAlarmsThatStaticReferenceRaises()
    {
        // All sensors drift together by 6 units over 6,000 rows (a season), keeping their correlation.
        var reference = Correlated(500, 6, 1);
        var drifting = Correlated(6000, 7, 1).Select((row, t) => row.Select(v => v + (t / 1000.0)).ToArray()).ToArray();
        var fixedMonitor = HotellingMonitor.Fit(reference);
        var following = HotellingMonitor.Fit(reference);
        int fixedAlarms = 0, followingAlarms = 0;
        foreach (var row in drifting)
        {
            fixedAlarms += fixedMonitor.Score(row) > fixedMonitor.ControlLimit ? 1 : 0;
            if (following.Score(row) > following.ControlLimit)
            {
                followingAlarms++;
            }
            else
            {
                following.Follow(row, 1.0 / 500);
            }
        }

        Assert.True(fixedAlarms > 3000, $"static reference alarmed {fixedAlarms} times");
        Assert.InRange(followingAlarms, 0, 180);
    }
}
