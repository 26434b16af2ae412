using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Rollups;

/// <summary>
/// The buckets written to since the last rollup pass, each with the devices that were written to
/// (or "all devices" once <see cref="RollupOptions.MaxPendingDevices"/> is reached). Filled by the
/// batch writer after a successful write, emptied by <see cref="RollupWorker"/>; thread-safe.
/// </summary>
public sealed class PendingRollups(RollupZones zones, int maxPendingDevices, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private Dictionary<RollupBucket, HashSet<string>?> _buckets = [];
    private Dictionary<RollupBucket, DateTimeOffset> _firstMarked = [];
    private int _devices;

    /// <summary>(bucket, device) pairs remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _devices;
            }
        }
    }

    public void Mark(TelemetryMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var zone = zones.For(message.SiteId);
        lock (_gate)
        {
            RollupBucket? lastHour = null;
            RollupBucket? lastDay = null;
            foreach (var sample in message.Samples)
            {
                // Samples of a message are close together: skip the lookups for the same bucket.
                if (lastHour is not { } hour || sample.Timestamp < hour.Start || sample.Timestamp >= hour.End)
                {
                    lastHour = RollupBucket.HourOf(sample.Timestamp);
                    Add(lastHour.Value, message.DeviceId);
                }

                if (lastDay is not { } day || sample.Timestamp < day.Start || sample.Timestamp >= day.End)
                {
                    lastDay = RollupBucket.DayOf(sample.Timestamp, message.SiteId, zone);
                    Add(lastDay.Value, message.DeviceId);
                }
            }
        }
    }

    /// <summary>Marks every device for the buckets (e.g. to retry a failed pass).</summary>
    public void Restore(IEnumerable<KeyValuePair<RollupBucket, HashSet<string>?>> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        lock (_gate)
        {
            foreach (var (bucket, devices) in buckets)
            {
                if (devices is null)
                {
                    AddAll(bucket);
                    continue;
                }

                foreach (var device in devices)
                {
                    Add(bucket, device);
                }
            }
        }
    }

    /// <summary>Everything pending, in bucket order; afterwards nothing is pending.</summary>
    public IReadOnlyList<KeyValuePair<RollupBucket, HashSet<string>?>> TakeAll() => TakeDue(TimeSpan.Zero);

    /// <summary>
    /// The buckets first marked at least <paramref name="minimumAge"/> ago, in bucket order; the
    /// others stay pending. A bucket that keeps receiving points (the current hour) is therefore
    /// recomputed at most once per <paramref name="minimumAge"/>, however often it is written.
    /// </summary>
    public IReadOnlyList<KeyValuePair<RollupBucket, HashSet<string>?>> TakeDue(TimeSpan minimumAge)
    {
        var cutoff = timeProvider.GetUtcNow() - minimumAge;
        lock (_gate)
        {
            var due = _buckets.Where(b => _firstMarked[b.Key] <= cutoff).ToList();
            foreach (var (bucket, devices) in due)
            {
                _buckets.Remove(bucket);
                _firstMarked.Remove(bucket);
                _devices -= devices?.Count ?? 0;
            }

            return [.. due.OrderBy(b => b.Key.Start).ThenBy(b => b.Key.Kind)];
        }
    }

    private void Add(RollupBucket bucket, string device)
    {
        if (!_buckets.TryGetValue(bucket, out var devices))
        {
            devices = [];
            _buckets[bucket] = devices;
            _firstMarked[bucket] = timeProvider.GetUtcNow();
        }

        if (devices is null)
        {
            return; // already "all devices"
        }

        if (_devices >= maxPendingDevices && !devices.Contains(device))
        {
            AddAll(bucket);
            return;
        }

        if (devices.Add(device))
        {
            _devices++;
        }
    }

    private void AddAll(RollupBucket bucket)
    {
        if (_buckets.TryGetValue(bucket, out var devices) && devices is not null)
        {
            _devices -= devices.Count;
        }

        _firstMarked.TryAdd(bucket, timeProvider.GetUtcNow());

        _buckets[bucket] = null;
    }
}
