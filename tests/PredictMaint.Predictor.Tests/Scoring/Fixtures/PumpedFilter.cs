using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring.Fixtures;

/// <summary>
/// Eight days of a purifier's 10-minute samples, from the physics the rules assume: the pump runs
/// 08:00–20:00 at 3–4 L/min (seeded), the filter drops ΔP = rated drop × Q / rated flow at 20 °C,
/// and the motor draws I = (P₀ + Q·(membrane pressure + ΔP) / (η₀ (1 − d))) / U with ±0.02 A of
/// noise (0.02 A idle). Every function takes hours relative to the newest sample (≤ 0): the rated
/// drop, the pump's degradation d, and the flow meter's gain (the reading is gain × Q).
/// </summary>
public static class PumpedFilter
{
    public static readonly DateTimeOffset Newest = new(2026, 2, 1, 19, 50, 0, TimeSpan.Zero);

    public static DeviceWindow Window(PredictorOptions options, Func<double, double> ratedDropKpa, Func<double, double>? degradation = null, Func<double, double>? meterGain = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ratedDropKpa);
        var random = new Random(8);
        var plate = options.Pump;
        var n = 8 * 24 * 6;
        var times = Enumerable.Range(0, n).Select(i => Newest.AddMinutes(10 * (i - n + 1))).ToArray();
        var flow = new double[n];
        var drop = new double[n];
        var current = new double[n];
        for (var i = 0; i < n; i++)
        {
            var hours = (times[i] - Newest).TotalHours;
            var q = times[i].Hour is >= 8 and < 20 ? 3 + random.NextDouble() : 0;
            drop[i] = ratedDropKpa(hours) * q / options.RatedFlowLitresPerMinute;
            var efficiency = plate.NewEfficiency * (1 - (degradation ?? (_ => 0.05))(hours));
            current[i] = q > 0
                ? ((plate.NoLoadWatts + (PumpNameplate.HydraulicWatts(q, plate.MembranePressureKpa + drop[i]) / efficiency)) / plate.SupplyVolts) + (0.02 * Gaussian(random))
                : 0.02;
            flow[i] = q * (meterGain ?? (_ => 1))(hours);
        }

        return new DeviceWindow("s", "d", "m", times, drop, flow, times.Select(_ => 20.0).ToArray()) { PumpCurrentAmps = current };
    }

    // Box–Muller: a standard normal draw from two uniform ones.
    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
