using System.Collections.Frozen;
using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// Draws each device's <see cref="ComponentPlan"/> from a random stream of its own, so the filter
/// plan (and the first release's data) stays exactly what it was for a given seed. Which devices'
/// pumps and bearings fail inside the run is a fixed count (share × devices), like the filters.
/// </summary>
internal sealed class ComponentPlanner
{
    private readonly FleetOptions _options;
    private readonly Random _random;
    private readonly HashSet<int> _pumpFailing;
    private readonly HashSet<int> _bearingFailing;
    private readonly HashSet<int> _seizing;
    private readonly TimeZoneInfo[] _zones;
    private readonly FrozenSet<DateOnly> _holidays;

    public ComponentPlanner(FleetOptions options, IReadOnlySet<int> filterFailing)
    {
        _options = options;
        _random = new Random(unchecked((options.Seed * 7919) + 104_729));
        _pumpFailing = Pick(options.PumpFailingFraction, _ => true);
        _bearingFailing = Pick(options.BearingFailingFraction, _ => true);
        // A seized pump stops the water, which would also stop a failing filter from clogging.
        _seizing = Pick(options.PumpSeizureFraction, i => !filterFailing.Contains(i) && !_pumpFailing.Contains(i));
        _zones = options.SiteTimeZones.Select(TimeZoneInfo.FindSystemTimeZoneById).ToArray();
        _holidays = options.Holidays.ToFrozenSet();
    }

    public ComponentPlan Plan(int index, int siteIndex, UsageProfile profile, double ratedFlow)
    {
        var runDays = _options.Duration.TotalDays;
        var litresPerDay = profile.WeeklyMeanDemand * ratedFlow * 60 * 24;
        var runningHoursPerDay = Math.Max(1.0, profile.RunningHoursPerDay);

        var pumpLifeDays = _pumpFailing.Contains(index) ? runDays * Uniform(0.3, 0.9) : runDays * Uniform(4.0, 12.0);
        var initialDegradation = Uniform(0.0, 0.08);
        var remaining = 0.3 - initialDegradation;
        var pump = new PumpMotor(
            WearPerRunningHour: 0.7 * remaining / (pumpLifeDays * runningHoursPerDay),
            FoulingPerLitre: 0.3 * remaining / (pumpLifeDays * litresPerDay));

        var bearingEndOfLife = _bearingFailing.Contains(index) ? runDays * Uniform(0.3, 0.9) : runDays * Uniform(3.0, 10.0);
        var growthDays = Math.Min(bearingEndOfLife, Uniform(6.0, 20.0));
        var bearingAge = TimeSpan.FromDays(Uniform(0.0, 200.0));
        var bearing = new BearingWear(bearingAge + TimeSpan.FromDays(bearingEndOfLife - growthDays), TimeSpan.FromDays(growthDays));

        var membraneLife = litresPerDay * Uniform(180.0, 720.0);
        return new ComponentPlan
        {
            Pump = pump,
            PumpInitialDegradation = initialDegradation,
            PumpSeizureAt = _seizing.Contains(index) ? _options.Start + (_options.Duration * Uniform(0.3, 0.8)) : null,
            Bearing = bearing,
            BearingInitialAge = bearingAge,
            Membrane = new MembraneRejection(membraneLife),
            MembraneInitialLitres = membraneLife * Uniform(0.0, 0.6),
            FeedTdsPpm = Math.Clamp(Gaussian.Next(_random, 350.0, 90.0), 80.0, 900.0),
            SensorFaults = SensorFaults(),
            Episodes = [.. Episodes(ProcessEpisode.DryRun, _options.DryRunsPerDeviceYear), .. Episodes(ProcessEpisode.Leak, _options.LeaksPerDeviceYear)],
            TimeZone = _zones[siteIndex % _zones.Length],
            Holidays = _holidays,
            PhysicsSeed = _random.Next(),
            RepairDelay = _options.RepairDelay,
            ReplaceFilterAtEndOfLife = _options.ReplaceFiltersAtEndOfLife,
            MaintenanceResidual = Uniform(0.0, _options.MaintenanceResidualMax),
        };
    }

    private List<SensorFault> SensorFaults()
    {
        var faults = new List<SensorFault>();
        for (var n = Poisson(_options.SensorFaultsPerDeviceYear * _options.Duration.TotalDays / 365.25); n > 0; n--)
        {
            var kind = (SensorFaultKind)_random.Next(5);
            var start = At(Uniform(0.0, 0.95));
            var days = kind == SensorFaultKind.Drift ? Uniform(5.0, 20.0) : Uniform(0.5, 5.0);
            var magnitude = kind switch
            {
                SensorFaultKind.Drift => Uniform(0.01, 0.05) * (_random.Next(2) == 0 ? -1 : 1),
                SensorFaultKind.Spikes => Uniform(3.0, 8.0),
                SensorFaultKind.WrongScaling => new[] { 0.145, 10.0, 0.1, 1.8 }[_random.Next(4)],
                _ => 1.0,
            };
            var end = Min(start + TimeSpan.FromDays(days), _options.End);
            faults.Add(new SensorFault(SensorFault.Channels[_random.Next(SensorFault.Channels.Count)], kind, start, end, magnitude));
        }

        return faults;
    }

    private List<ProcessEpisode> Episodes(string kind, double perYear)
    {
        var episodes = new List<ProcessEpisode>();
        for (var n = Poisson(perYear * _options.Duration.TotalDays / 365.25); n > 0; n--)
        {
            var start = At(Uniform(0.0, 0.95));
            // A leak lasts until a visit fixes it; a dry run until the supply is back (1-12 h).
            var end = kind == ProcessEpisode.Leak ? _options.End : Min(start + TimeSpan.FromHours(Uniform(1.0, 12.0)), _options.End);
            episodes.Add(new ProcessEpisode(kind, start, end));
        }

        return episodes;
    }

    /// <summary>The device's model: drawn by share when the fleet has several, else the single configured one.</summary>
    public PurifierModel ChooseModel() => _options.Models is { Count: > 0 } models
        ? models[Weighted(models.Select(m => m.Share).ToArray())]
        : new PurifierModel
        {
            Name = _options.Model,
            RatedFlowLitresPerMinute = _options.RatedFlowLitresPerMinute,
            CleanPressureDropKpa = _options.CleanPressureDropKpa,
            EndOfLifePressureDropKpa = _options.EndOfLifePressureDropKpa,
        };

    /// <summary>Re-draws the usage profile by the configured shares; without shares keeps <paramref name="drawn"/>.</summary>
    public UsageProfile ChooseProfile(UsageProfile drawn) => _options.ProfileShares is { Count: > 0 } shares
        ? UsageProfile.All[Weighted(UsageProfile.All.Select(p => shares.GetValueOrDefault(p.Name)).ToArray())]
        : drawn;

    private int Weighted(double[] weights)
    {
        var point = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(weights, w => w > 0);
    }

    private HashSet<int> Pick(double fraction, Func<int, bool> eligible)
    {
        var count = (int)Math.Round(_options.Devices * fraction);
        return Enumerable.Range(0, _options.Devices).OrderBy(_ => _random.Next()).Where(eligible).Take(count).ToHashSet();
    }

    // Knuth's method; fine for the small means used here.
    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = _random.NextDouble(); product > limit; product *= _random.NextDouble())
        {
            count++;
        }

        return count;
    }

    private double Uniform(double low, double high) => low + ((high - low) * _random.NextDouble());

    private DateTimeOffset At(double fractionOfRun) => _options.Start + (_options.Duration * fractionOfRun);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
