namespace PredictMaint.Predictor.Maintenance;

/// <summary>
/// Device time of every maintenance visit per device and component, as reported on the devices'
/// <c>events</c> topic. Thread-safe: the MQTT listener writes while the scoring loop reads.
/// </summary>
public sealed class MaintenanceLog
{
    private readonly Dictionary<string, List<DateTimeOffset>> _visits = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Record(string siteId, string deviceId, string component, DateTimeOffset at)
    {
        lock (_lock)
        {
            var key = Key(siteId, deviceId, component);
            if (!_visits.TryGetValue(key, out var visits))
            {
                _visits[key] = visits = [];
            }

            // Events may arrive out of order (redelivery after a reconnect); keep them sorted.
            var index = visits.BinarySearch(at);
            if (index < 0)
            {
                visits.Insert(~index, at);
            }
        }
    }

    /// <summary>
    /// The newest visit at or before <paramref name="asOf"/>, so replayed history sees a visit
    /// only from its own time on, exactly as it would have live.
    /// </summary>
    public DateTimeOffset? LastVisit(string siteId, string deviceId, string component, DateTimeOffset asOf)
    {
        lock (_lock)
        {
            if (!_visits.TryGetValue(Key(siteId, deviceId, component), out var visits))
            {
                return null;
            }

            var index = visits.BinarySearch(asOf);
            var count = index >= 0 ? index + 1 : ~index;
            return count == 0 ? null : visits[count - 1];
        }
    }

    private static string Key(string siteId, string deviceId, string component) => $"{siteId}/{deviceId}/{component}";
}
