using PredictMaint.FirmwareSim.Physics;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Physics;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// One purifier stepping through simulated time: usage (on the site's local clock) draws water
/// through the filter and membrane, the pump works and wears, the bearing ages, and the sensors
/// read the result with noise and planned faults. Records exactly when each component crossed
/// its end of life (the ground truth) and the maintenance visits that followed.
/// </summary>
/// <remarks>
/// Two random streams: <c>_random</c> makes exactly the draws the first release made, in the same
/// order, so the filter data for a seed is unchanged; <c>_physics</c> draws everything added since.
/// </remarks>
internal sealed partial class SimulatedPurifier
{
    private const double MainsPressureKpa = 320.0;
    private const double MinimumOutletKpa = 20.0;
    private readonly Random _random;
    private readonly Random _physics;
    private readonly SensorFaultInjector _faults;

    public SimulatedPurifier(DeviceSpec spec)
    {
        Spec = spec;
        _random = new Random(spec.Seed);
        _physics = new Random(spec.Components.PhysicsSeed);
        _faults = new SensorFaultInjector(spec.Components.SensorFaults);
        History = new DeviceHistory(spec);
        FilteredLitres = spec.InitialFilteredLitres;
        PumpDegradation = spec.Components.PumpInitialDegradation;
        _bearing = spec.Components.Bearing;
        _membraneLitres = spec.Components.MembraneInitialLitres;
        foreach (var leak in spec.Components.Episodes.Where(e => e.Kind == ProcessEpisode.Leak))
        {
            History.ScheduleVisit(leak.Start + (spec.Components.RepairDelay ?? TimeSpan.MaxValue / 4), DeviceHistory.Plumbing);
        }
    }

    public DeviceSpec Spec { get; }

    public DeviceHistory History { get; }

    public double FilteredLitres { get; private set; }

    /// <summary>The first time the filter reached end of life in the run.</summary>
    public DateTimeOffset? FilterEndOfLifeAt => History.FailuresOf(Component.Filter) is [var first, ..] ? first.At : null;

    public double PumpDegradation { get; private set; }

    public long NextSequence { get; private set; } = 1;

    public TelemetryMessage NextMessage(DateTimeOffset start, TimeSpan sampleInterval, int samples)
    {
        var batch = new TelemetrySample[samples];
        for (var i = 0; i < samples; i++)
        {
            batch[i] = Sample(start + (sampleInterval * i), sampleInterval);
        }

        return new TelemetryMessage
        {
            SchemaVersion = TelemetryMessage.CurrentSchemaVersion,
            SiteId = Spec.SiteId,
            DeviceId = Spec.DeviceId,
            Model = Spec.Model,
            Sequence = NextSequence++,
            Samples = batch,
        };
    }

    /// <summary>Reads the sensors at <paramref name="time"/>, then lets water flow for one interval.</summary>
    public TelemetrySample Sample(DateTimeOffset time, TimeSpan interval)
    {
        DoDueMaintenance(time);
        var plan = Spec.Components;
        var rated = Spec.RatedFlowLitresPerMinute;
        var local = TimeZoneInfo.ConvertTime(time, plan.TimeZone);
        var demand = Spec.Profile.Demand(local, plan.Holidays.Count > 0 && plan.Holidays.Contains(DateOnly.FromDateTime(local.DateTime)));
        var demandFlow = demand < UsageProfile.IdleBelow ? 0.0 : Math.Clamp(rated * demand * Gaussian.Next(_random, 1.0, 0.08), 0.0, rated * 1.2);
        var seizesNow = plan.PumpSeizureAt is { } seizure && seizure <= time && !_seizureDone && demandFlow > 0;
        var dryRun = demandFlow > 0 && IsActive(ProcessEpisode.DryRun, time);
        var running = demandFlow > 0 && !_tripped;
        var flow = running && !dryRun && !seizesNow ? demandFlow : 0.0;

        var temperature = WaterTemperature(time);
        var modelDrop = Spec.Filter.PressureDropKpa(FilteredLitres, flow, rated, WaterViscosity.RelativeToReference(temperature));
        var dropNoise = Gaussian.Next(_random, 0, 0.4);
        var inlet = (MainsPressureKpa * (dryRun ? 0.02 : 1.0)) + Gaussian.Next(_random, 0, 4.0);
        var available = Math.Max(0.0, inlet - MinimumOutletKpa);
        if (flow > 0 && modelDrop > available)
        {
            // A hopelessly clogged filter cannot take more pressure than the mains gives: the flow throttles.
            flow *= available / modelDrop;
            modelDrop = available;
        }

        var pressureDrop = Math.Max(0.0, modelDrop + dropNoise);
        var currentNoise = demandFlow > 0 ? Gaussian.Next(_random, 0, 0.02) : 0.0;
        var current = !running ? 0.02
            : seizesNow ? plan.Pump.LockedRotorAmps
            : dryRun ? plan.Pump.DryRunAmps + currentNoise
            : plan.Pump.CurrentAmps(flow, pressureDrop, PumpDegradation) + currentNoise;

        var vibrationNoise = Gaussian.Next(_random, 0, 1);
        var trueRms = _bearing.RmsMillimetresPerSecond(BearingAge(time));
        var rms = running ? trueRms * Math.Abs(1.0 + (0.07 * vibrationNoise)) : Math.Abs(0.05 + (0.02 * vibrationNoise));
        var kurtosis = (running ? _bearing.Kurtosis(trueRms) : 3.0) + Gaussian.Next(_physics, 0, 0.15);
        var peak = rms * BearingWear.CrestFactor(kurtosis) * Math.Abs(Gaussian.Next(_physics, 1.0, 0.05));

        var season = Math.Sin(2 * Math.PI * (time.DayOfYear - 110) / 365.25);
        var tdsIn = plan.FeedTdsPpm * (1.0 + (0.03 * season)) * Gaussian.Next(_physics, 1.0, 0.01);
        var tdsOut = plan.Membrane.ProductTdsPpm(tdsIn, _membraneLitres) * Gaussian.Next(_physics, 1.0, 0.03);

        var sample = new TelemetrySample
        {
            Timestamp = time,
            InletPressureKpa = Read("inlet_pressure_kpa", inlet, 2, time),
            OutletPressureKpa = Math.Round(inlet - pressureDrop, 2),
            PressureDropKpa = Read("pressure_drop_kpa", pressureDrop, 2, time),
            FlowLitresPerMinute = Read("flow_lpm", flow, 3, time),
            WaterTemperatureCelsius = Read("water_temp_c", temperature, 2, time),
            PumpCurrentAmps = Read("pump_current_a", current, 3, time),
            VibrationRmsMillimetresPerSecond = Read("vibration_rms_mm_s", rms, 3, time),
            VibrationPeakMillimetresPerSecond = Math.Round(peak, 3),
            VibrationKurtosis = Math.Round(kurtosis, 3),
            TdsInPpm = Read("tds_in_ppm", tdsIn, 1, time),
            TdsOutPpm = Read("tds_out_ppm", tdsOut, 2, time),
            PumpRunning = running ? 1 : 0,
            LeakDetected = IsLeaking(time) ? 1 : 0,
        };

        Advance(time, interval, flow, running, dryRun, seizesNow);
        return sample;
    }

    private double? Read(string channel, double value, int decimals, DateTimeOffset time) =>
        _faults.Read(channel, value, time, _physics) is { } reading ? Math.Round(reading, decimals) : null;

    private bool IsActive(string kind, DateTimeOffset time) => Spec.Components.Episodes.Any(e => e.Kind == kind && e.IsActive(time));

    // Seasonal swing (coldest in late winter) plus a small daily swing in the pipes.
    private double WaterTemperature(DateTimeOffset time)
    {
        var season = Math.Sin(2 * Math.PI * (time.DayOfYear - 110) / 365.25);
        var day = Math.Sin(2 * Math.PI * (time.Hour - 9) / 24.0);
        return 14.0 + (6.0 * season) + (0.8 * day) + Gaussian.Next(_random, 0, 0.15);
    }
}
