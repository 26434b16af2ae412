using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>
/// <c>eval fleet</c>: the simulator plays a fleet in-process (sensor faults, dry runs, leaks and
/// maintenance visits as in <c>firmware-sim/fleet.example.json</c>), the service's own rules score
/// every device on its evaluation grid, and the alarms are judged against the ground truth.
/// Devices are independent and deterministic per seed, so they run in parallel.
/// </summary>
internal static class FleetEvaluation
{
    /// <summary>The channels the filter rule reads: a fault on any of them could fake a clogging trend.</summary>
    public static readonly IReadOnlySet<string> FilterSensors = new HashSet<string>(StringComparer.Ordinal) { "pressure_drop_kpa", "flow_lpm", "water_temp_c" };

    /// <summary>The bearing rule reads vibration RMS (and kurtosis, which firmware-sim does not fault).</summary>
    public static readonly IReadOnlySet<string> BearingSensors = new HashSet<string>(StringComparer.Ordinal) { "vibration_rms_mm_s" };

    /// <summary>The pump rule reads current against flow and head.</summary>
    public static readonly IReadOnlySet<string> PumpSensors = new HashSet<string>(StringComparer.Ordinal) { "pump_current_a", "flow_lpm", "pressure_drop_kpa" };

    /// <summary>The components the service predicts and the sensors each rule reads.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Components = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [Component.Filter] = FilterSensors,
        [Component.Bearing] = BearingSensors,
        [Component.Pump] = PumpSensors,
    };

    public static FleetOptions Fleet(int devices, int days, int seed) => new()
    {
        Devices = devices,
        Sites = Math.Max(1, devices / 10),
        Duration = TimeSpan.FromDays(days),
        Seed = seed,
        FailingFraction = 0.2,
        SensorFaultsPerDeviceYear = 6,
        DryRunsPerDeviceYear = 4,
        LeaksPerDeviceYear = 0.5,
        RepairDelay = TimeSpan.FromDays(3),
        ReplaceFiltersAtEndOfLife = true,
    };

    public static FleetResult Run(FleetOptions fleet, PredictorOptions options)
    {
        fleet.Validate();
        var specs = FleetPlan.Create(fleet);
        var results = new (IReadOnlyList<FleetAlarm> Alarms, DeviceTruth Truth)[specs.Count];
        Parallel.For(0, specs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (alarms, device) = FleetDeviceScoring.Run(specs[i], fleet, options);
            results[i] = (alarms, device.Truth(fleet.End));
        });

        return FleetMetrics.Judge(results, Components, options.Horizon, options.TrendWindow, fleet.Start, fleet.Duration);
    }
}
