using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.FirmwareSim.Physics;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>Component state, end-of-life detection, maintenance visits and the ground truth.</summary>
internal sealed partial class SimulatedPurifier
{
    private BearingWear _bearing;
    private DateTimeOffset? _bearingInstalledAt;
    private double _membraneLitres;
    private bool _seizureDone;
    private bool _tripped;
    private DateTimeOffset? _lastLeakFixAt;

    private TimeSpan BearingAge(DateTimeOffset time)
    {
        _bearingInstalledAt ??= time - Spec.Components.BearingInitialAge;
        return time - _bearingInstalledAt.Value;
    }

    private bool IsLeaking(DateTimeOffset time) => Spec.Components.Episodes.Any(e =>
        e.Kind == ProcessEpisode.Leak && e.Start <= time && !(_lastLeakFixAt is { } fixedAt && fixedAt >= e.Start && time >= fixedAt));

    private void Advance(DateTimeOffset time, TimeSpan interval, double flow, bool running, bool dryRun, bool seizesNow)
    {
        var plan = Spec.Components;
        var litres = flow * interval.TotalMinutes;

        var before = FilteredLitres;
        FilteredLitres += litres;
        var endOfLife = Spec.Filter.EndOfLifeVolumeLitres;
        if (!History.HasFailed(Component.Filter) && FilteredLitres >= endOfLife)
        {
            // The crossing happens part-way through the interval, in proportion to the volume.
            var at = before >= endOfLife ? time : time + (interval * ((endOfLife - before) / (FilteredLitres - before)));
            History.Fail(Component.Filter, at, "clogged", plan.ReplaceFilterAtEndOfLife);
        }

        if (seizesNow)
        {
            (_seizureDone, _tripped) = (true, true);
            History.Fail(Component.Pump, time, "seizure", repair: true);
        }
        else if (running)
        {
            // Running dry wears seals and bushings five times faster than pumping water.
            var increment = plan.Pump.DegradationIncrement(interval.TotalHours * (dryRun ? 5.0 : 1.0), litres);
            var pumpBefore = PumpDegradation;
            PumpDegradation += increment;
            var limit = plan.Pump.EndOfLifeDegradation;
            if (!History.HasFailed(Component.Pump) && PumpDegradation >= limit && increment > 0)
            {
                History.Fail(Component.Pump, time + (interval * Math.Max(0.0, (limit - pumpBefore) / increment)), "wear", repair: true);
            }
        }

        var membraneBefore = _membraneLitres;
        _membraneLitres += litres;
        if (!History.HasFailed(DeviceHistory.Membrane) && plan.Membrane.Rejection(_membraneLitres) <= plan.Membrane.EndOfLifeRejection)
        {
            var exhaustedAt = plan.Membrane.EndOfLifeVolumeLitres;
            var fraction = membraneBefore >= exhaustedAt ? 0.0 : (exhaustedAt - membraneBefore) / (_membraneLitres - membraneBefore);
            History.Fail(DeviceHistory.Membrane, time + (interval * Math.Clamp(fraction, 0.0, 1.0)), "exhausted", repair: true);
        }

        var age = BearingAge(time);
        if (!History.HasFailed(Component.Bearing) && age + interval >= _bearing.EndOfLifeAge)
        {
            var at = _bearingInstalledAt!.Value + _bearing.EndOfLifeAge;
            History.Fail(Component.Bearing, at < time ? time : at, "iso10816_zone_d", repair: true);
        }
    }

    private void DoDueMaintenance(DateTimeOffset time)
    {
        foreach (var (at, component) in History.TakeDueVisits(time))
        {
            var residual = Spec.Components.MaintenanceResidual;
            switch (component)
            {
                case Component.Filter:
                    FilteredLitres = residual * 0.5 * Spec.Filter.EndOfLifeVolumeLitres;
                    History.Serviced(at, component, DeviceEvent.Replaced, FilteredLitres / Spec.Filter.EndOfLifeVolumeLitres, "filter cartridge replaced");
                    break;
                case Component.Pump:
                    PumpDegradation = residual * Spec.Components.Pump.EndOfLifeDegradation;
                    _tripped = false;
                    History.Serviced(at, component, DeviceEvent.Repaired, residual, _seizureDone ? "seized pump overhauled" : "worn pump overhauled, impeller cleaned");
                    break;
                case Component.Bearing:
                    // A new bearing: healthy for one to three years, then a fresh degradation.
                    var onset = TimeSpan.FromDays(365 + (730 * _physics.NextDouble()));
                    _bearing = _bearing with { Onset = onset, GrowthToEndOfLife = TimeSpan.FromDays(10 + (20 * _physics.NextDouble())) };
                    _bearingInstalledAt = at - (onset * residual);
                    History.Serviced(at, component, DeviceEvent.Replaced, residual, "motor bearing replaced");
                    break;
                case DeviceHistory.Membrane:
                    _membraneLitres = residual * Spec.Components.Membrane.EndOfLifeVolumeLitres;
                    History.Serviced(at, component, DeviceEvent.Replaced, residual, "RO membrane replaced");
                    break;
                case DeviceHistory.Plumbing:
                    _lastLeakFixAt = at;
                    History.Serviced(at, component, DeviceEvent.Repaired, 0.0, "leak fixed");
                    break;
            }
        }
    }

    /// <summary>What really happened to this device between the start and <paramref name="end"/>.</summary>
    public DeviceTruth Truth(DateTimeOffset end)
    {
        var plan = Spec.Components;
        var membraneUsed = (plan.Membrane.NewRejection - plan.Membrane.Rejection(_membraneLitres)) / (plan.Membrane.NewRejection - plan.Membrane.EndOfLifeRejection);
        var faults = plan.SensorFaults.Select(f => new FaultTruth
        {
            Kind = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Kind.ToString()),
            Channel = f.Channel,
            Start = f.Start,
            End = f.End,
            Magnitude = f.Kind is SensorFaultKind.Stuck or SensorFaultKind.Dropout ? null : Math.Round(f.Magnitude, 4),
        }).Concat(plan.Episodes.Select(e => new FaultTruth
        {
            Kind = e.Kind,
            Start = e.Start,
            End = e.Kind == ProcessEpisode.Leak && History.Maintenance.FirstOrDefault(m => m.Component == DeviceHistory.Plumbing && m.At >= e.Start) is { } fix ? fix.At : e.End,
        })).Where(f => f.Start < end).OrderBy(f => f.Start).ToArray();

        return new DeviceTruth
        {
            SiteId = Spec.SiteId,
            DeviceId = Spec.DeviceId,
            Model = Spec.Model,
            Profile = Spec.Profile.Name,
            FilterEndOfLifeAt = FilterEndOfLifeAt,
            FilterEndOfLifeLitres = Math.Round(Spec.Filter.EndOfLifeVolumeLitres, 1),
            FilteredLitresAtEnd = Math.Round(FilteredLitres, 1),
            TimeZone = plan.TimeZone.Id,
            Components =
            [
                History.Truth(Component.Filter, end, FilteredLitres / Spec.Filter.EndOfLifeVolumeLitres),
                History.Truth(Component.Pump, end, PumpDegradation / plan.Pump.EndOfLifeDegradation),
                History.Truth(Component.Bearing, end, _bearingInstalledAt is { } installed ? (end - installed) / _bearing.EndOfLifeAge : 0.0),
                History.Truth(DeviceHistory.Membrane, end, membraneUsed),
            ],
            Faults = faults,
            Maintenance = History.Maintenance,
        };
    }
}
