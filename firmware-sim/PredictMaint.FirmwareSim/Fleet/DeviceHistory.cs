using PredictMaint.FirmwareSim.GroundTruth;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// What happened to one device: failures per component, the maintenance visits they trigger
/// (queued until their time comes), and the events to publish on the device's events topic.
/// </summary>
internal sealed class DeviceHistory
{
    public const string Membrane = "membrane";
    public const string Plumbing = "plumbing";
    public static readonly IReadOnlyList<string> Components = [Component.Filter, Component.Pump, Component.Bearing, Membrane];

    private readonly Dictionary<string, List<FailureTruth>> _failures = Components.ToDictionary(c => c, _ => new List<FailureTruth>());
    private readonly HashSet<string> _failedNow = [];
    private readonly List<(DateTimeOffset At, string Component)> _visits = [];
    private readonly List<MaintenanceTruth> _maintenance = [];
    private readonly List<DeviceEvent> _pendingEvents = [];
    private readonly DeviceSpec _spec;

    public DeviceHistory(DeviceSpec spec) => _spec = spec;

    public IReadOnlyList<MaintenanceTruth> Maintenance => _maintenance;

    public bool HasFailed(string component) => _failedNow.Contains(component);

    public IReadOnlyList<FailureTruth> FailuresOf(string component) => _failures[component];

    /// <summary>Records an end of life and, if someone comes to fix it, schedules the visit.</summary>
    public void Fail(string component, DateTimeOffset at, string mode, bool repair)
    {
        _failures[component].Add(new FailureTruth { At = at, Mode = mode });
        _failedNow.Add(component);
        if (repair && _spec.Components.RepairDelay is { } delay)
        {
            _visits.Add((at + delay, component));
        }
    }

    public void ScheduleVisit(DateTimeOffset at, string component) => _visits.Add((at, component));

    /// <summary>Visits due at or before <paramref name="time"/>, oldest first; they are removed from the queue.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Component)> TakeDueVisits(DateTimeOffset time)
    {
        var due = _visits.Where(v => v.At <= time).OrderBy(v => v.At).ThenBy(v => v.Component, StringComparer.Ordinal).ToArray();
        _visits.RemoveAll(v => v.At <= time);
        return due;
    }

    public void Serviced(DateTimeOffset at, string component, string action, double residual, string note)
    {
        _failedNow.Remove(component);
        _maintenance.Add(new MaintenanceTruth { At = at, Component = component, Action = action, Residual = Math.Round(residual, 4) });
        _pendingEvents.Add(new DeviceEvent
        {
            SchemaVersion = DeviceEvent.CurrentSchemaVersion,
            Kind = DeviceEvent.Maintenance,
            SiteId = _spec.SiteId,
            DeviceId = _spec.DeviceId,
            Timestamp = at,
            Component = component,
            Action = action,
            Note = note,
        });
    }

    /// <summary>Maintenance events not yet handed out for publishing.</summary>
    public IReadOnlyList<DeviceEvent> TakeEvents()
    {
        if (_pendingEvents.Count == 0)
        {
            return [];
        }

        var events = _pendingEvents.ToArray();
        _pendingEvents.Clear();
        return events;
    }

    public ComponentTruth Truth(string component, DateTimeOffset end, double lifeUsed) => new()
    {
        Component = component,
        Failures = _failures[component],
        CensoredAt = _failedNow.Contains(component) ? null : end,
        LifeUsedAtEnd = Math.Round(lifeUsed, 4),
    };
}
