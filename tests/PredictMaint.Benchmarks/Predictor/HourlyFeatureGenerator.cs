using System.Globalization;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// A fleet of hourly rollups shaped like ingest's <c>telemetry_1h</c> (hourly means, idle minutes
/// included) and what <see cref="HourlyFeatureReader"/> returns. Deterministic per seed and device,
/// independent of the order devices are generated in, so any subset (the InfluxDB sample) comes
/// out the same as in the full fleet.
/// </summary>
/// <remarks>
/// The physics is firmware-sim's, simplified to hourly resolution: the pump runs a share of each
/// hour on a daily usage cycle (phase per device, as sites sit in different time zones); flow
/// 3.7–4 L/min while running; the filter drop climbs from 30 kPa and is reset by a replacement at
/// 95; the pump draws I = (P₀ + Q·H / (η₀(1 − d))) / U (<c>PumpMotor</c>) with degradation d;
/// bearing RMS stays at its baseline until a spall starts, then grows exponentially to 4.5 mm/s
/// with kurtosis 3 + 6(1 − v₀/v) (<c>BearingWear</c>); the mains pressure at the inlet is 300–340 kPa
/// and the outlet reads it less the filter drop, so the gauges balance. Mix as in <c>fleet.example.json</c>: 5 %
/// wearing bearings, 5 % wearing pumps, each reaching end of life between 3 days before the newest
/// hour (failed, awaiting the repair visit) and 14 days after it. About 0.2 % of hours are missing (device offline: no rollup point).
/// </remarks>
internal sealed class HourlyFeatureGenerator(int seed, int days)
{
    /// <summary>The hour after the newest rollup (device time; fixed so runs are comparable).</summary>
    public static readonly DateTimeOffset End = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public const string Model = "aqua-400";

    private const double WearingShare = 0.05;
    private const double SupplyVolts = 24, NoLoadWatts = 10, NewEfficiency = 0.35, MembranePressureKpa = 150;

    public int TotalHours => days * 24;

    public static string SiteId(int device) => "site-" + (device / 10).ToString("D5", CultureInfo.InvariantCulture);

    public static string DeviceId(int device) => "dev-" + device.ToString("D6", CultureInfo.InvariantCulture);

    public DeviceCondition ConditionOf(int device)
    {
        var draw = RandomFor(device).NextDouble();
        return draw < WearingShare ? DeviceCondition.WearingBearing : draw < 2 * WearingShare ? DeviceCondition.WearingPump : DeviceCondition.Healthy;
    }

    /// <summary>
    /// The device's rollups, oldest first; only the newest <paramref name="newestRows"/> points are
    /// kept, as the service's reader (<c>ORDER BY time DESC LIMIT n</c>) keeps them: rows, not hours,
    /// so a device that was offline reaches further back.
    /// </summary>
    public HourlyFeatures Generate(int device, int newestRows)
    {
        var random = RandomFor(device);
        var condition = ConditionOf(device);
        random.NextDouble(); // the condition draw, taken by ConditionOf from its own generator
        var total = TotalHours;
        var series = new RollupSeries(total);
        var phase = random.Next(24);
        var flowWhileRunning = 4.0 * (0.92 + (0.08 * random.NextDouble()));
        var mains = 300 + (40 * random.NextDouble());
        var filterRate = 0.02 + (0.1 * random.NextDouble());
        var filterAge = 600 * random.NextDouble();
        var bearing = BearingFor(condition, random, total);
        var pump = PumpFor(condition, random, total);
        var start = End.AddHours(-total);
        for (var h = 0; h < total; h++)
        {
            var time = start.AddHours(h);
            var hourOfDay = (time.Hour + phase) % 24;
            var running = hourOfDay is >= 7 and <= 21 ? 0.55 + (0.4 * random.NextDouble()) : 0.4 * random.NextDouble();
            filterAge = 30 + (filterRate * filterAge) >= 95 ? 0 : filterAge + running;
            var drop = (30 + (filterRate * filterAge)) * (1 + (0.01 * (random.NextDouble() - 0.5)));
            var flow = flowWhileRunning * (1 + (0.01 * (random.NextDouble() - 0.5)));
            var hydraulicWatts = flow / 60_000.0 * (MembranePressureKpa + drop) * 1000.0;
            var amps = (NoLoadWatts + (hydraulicWatts / (NewEfficiency * (1 - pump.Degradation(h))))) / SupplyVolts * (1 + (0.004 * (random.NextDouble() - 0.5)));
            var rms = bearing.Rms(h) * (1 + (0.03 * (random.NextDouble() - 0.5)));
            var kurtosis = bearing.Kurtosis(rms) + (0.2 * (random.NextDouble() - 0.5));
            var offline = random.NextDouble() < 0.002;
            if (offline)
            {
                continue;
            }

            series.Add(time, rms * running, (running * kurtosis) + ((1 - running) * 3.0), running, amps * running, flow * running, drop * running, mains);
        }

        return series.ToFeatures(SiteId(device), DeviceId(device), newestRows);
    }

    private static BearingTrajectory BearingFor(DeviceCondition condition, Random random, int total)
    {
        var baseline = 1.0 + (0.8 * random.NextDouble());
        var endOfLifeHour = total - 72 + (408 * random.NextDouble());
        var growthHours = 24 * (10 + (20 * random.NextDouble()));
        return condition == DeviceCondition.WearingBearing
            ? new BearingTrajectory(baseline, endOfLifeHour - growthHours, growthHours)
            : new BearingTrajectory(baseline, double.PositiveInfinity, growthHours);
    }

    private static PumpTrajectory PumpFor(DeviceCondition condition, Random random, int total)
    {
        var initial = 0.02 + (0.1 * random.NextDouble());
        var endOfLifeHour = total - 72 + (408 * random.NextDouble());
        var growthHours = 336 + (384 * random.NextDouble());
        return condition == DeviceCondition.WearingPump
            ? new PumpTrajectory(initial, endOfLifeHour - growthHours, endOfLifeHour)
            : new PumpTrajectory(initial, double.PositiveInfinity, double.PositiveInfinity);
    }

    private Random RandomFor(int device) => new(unchecked((seed * 1_000_003) + device));
}
