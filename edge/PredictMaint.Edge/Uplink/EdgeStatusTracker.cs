using System.Collections.Concurrent;
using PredictMaint.Edge.Features;
using PredictMaint.Edge.Queue;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Uplink;

/// <summary>What the status message and the local health command report, gathered from the loops.</summary>
public sealed class EdgeStatusTracker(DiskQueueLog queue, RuntimeSettingsStore settings, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, SensorHealth> _sensors = new();
    private readonly ConcurrentDictionary<string, bool> _inputs = new();
    private IReadOnlyDictionary<string, string> _sensorErrors = new Dictionary<string, string>();
    private long _lastPublishTicks;

    public DateTimeOffset? LastPublish => Interlocked.Read(ref _lastPublishTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public void PublishSucceeded() => Interlocked.Exchange(ref _lastPublishTicks, timeProvider.GetUtcNow().UtcTicks);

    public void SetSensorHealth(IReadOnlyDictionary<string, SensorHealth> health)
    {
        ArgumentNullException.ThrowIfNull(health);
        foreach (var (name, state) in health)
        {
            _sensors[name] = state;
        }
    }

    /// <summary>Replaces the per-channel read errors (a driver reports all of its channels at once).</summary>
    public void SetSensorErrors(IReadOnlyDictionary<string, string> errors) => Volatile.Write(ref _sensorErrors, errors);

    /// <summary>Raised when a digital input changes (a leak should not wait for the next periodic status).</summary>
    public event EventHandler? InputChanged;

    public void SetInput(string name, bool value)
    {
        if (!_inputs.TryGetValue(name, out var previous) || previous != value)
        {
            _inputs[name] = value;
            InputChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    public DeviceStatus Snapshot(string state) => new()
    {
        SchemaVersion = DeviceStatus.CurrentSchemaVersion,
        State = state,
        Timestamp = timeProvider.GetUtcNow(),
        QueueDepth = queue.Depth,
        DroppedCount = queue.DroppedCount,
        LastPublish = LastPublish,
        Sensors = _sensors.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => ToWire(p.Value)),
        SensorErrors = Volatile.Read(ref _sensorErrors) is { Count: > 0 } errors ? errors.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value) : null,
        Inputs = _inputs.IsEmpty ? null : _inputs.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
        ConfigVersion = settings.Current.ConfigVersion,
    };

    private static string ToWire(SensorHealth health) => health switch
    {
        SensorHealth.Ok => "ok",
        SensorHealth.Stuck => "stuck",
        SensorHealth.OutOfRange => "out_of_range",
        _ => "disconnected",
    };
}
