using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Rollups;

/// <summary>
/// The buckets written to since the last rollup pass, each with the devices that were written to
/// (or "all devices" once <see cref="RollupOptions.MaxPendingDevices"/> is reached). Filled by the
/// batch writer after a successful write (before the messages are acknowledged), emptied by
/// <see cref="RollupWorker"/>; thread-safe. With a <see cref="RollupJournal"/>, every new mark is
/// also appended to disk and the marks found there at start are pending again, so a kill between
/// a write and the next rollup pass loses no rollup.
/// </summary>
public sealed class PendingRollups : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<RollupBucket, HashSet<string>?> _buckets = [];
    private readonly Dictionary<RollupBucket, DateTimeOffset> _firstMarked = [];
    private readonly RollupZones _zones;
    private readonly int _maxPendingDevices;
    private readonly TimeProvider _timeProvider;
    private readonly RollupJournal? _journal;
    private int _bucketsInPass;
    private int _devices;

    public PendingRollups(RollupZones zones, int maxPendingDevices, TimeProvider timeProvider, RollupJournal? journal = null)
    {
        _zones = zones;
        _maxPendingDevices = maxPendingDevices;
        _timeProvider = timeProvider;
        if (journal is null)
        {
            return;
        }

        foreach (var (bucket, device) in journal.ReadAll())
        {
            if (device is null)
            {
                AddAll(bucket);
            }
            else
            {
                Add(bucket, device);
            }
        }

        Recovered = _buckets.Count;
        // Set after loading: the marks just read are in the file already.
        _journal = journal;
        Compact();
    }

    /// <summary>Buckets found pending in the journal at start (written before a kill, not yet rolled up).</summary>
    public int Recovered { get; }

    /// <summary>Closes the journal it was given (and with it the journal's lock).</summary>
    public void Dispose() => _journal?.Dispose();

    /// <summary>
    /// Buckets not rolled up yet: pending, or taken by a pass that has not ended (<see cref="Compact"/>).
    /// 0 means the rollups have caught up with every point written.
    /// </summary>
    public int Outstanding
    {
        get
        {
            lock (_gate)
            {
                return _buckets.Count + _bucketsInPass;
            }
        }
    }

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
        var zone = _zones.For(message.SiteId);
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

    /// <summary>Hands the marks of a batch to the journal's file; called once per batch, before its messages are acknowledged.</summary>
    public void FlushJournal()
    {
        lock (_gate)
        {
            _journal?.Flush();
        }
    }

    /// <summary>Marks every device for the buckets (e.g. to retry a failed pass).</summary>
    public void Restore(IEnumerable<KeyValuePair<RollupBucket, HashSet<string>?>> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        lock (_gate)
        {
            // Their marks are still in the journal: TakeDue left the file alone, and Compact rewrites it after the pass.
            foreach (var (bucket, devices) in buckets)
            {
                if (devices is null)
                {
                    AddAll(bucket, journal: false);
                    continue;
                }

                foreach (var device in devices)
                {
                    Add(bucket, device, journal: false);
                }
            }
        }
    }

    /// <summary>
    /// Rewrites the journal as exactly the marks pending now, dropping those of buckets rolled up
    /// since. Called after each rollup pass, once its failed buckets are restored: the pass is over.
    /// </summary>
    public void Compact()
    {
        lock (_gate)
        {
            _bucketsInPass = 0;
            _journal?.Rewrite(_buckets.SelectMany(b => b.Value is null
                ? [(b.Key, (string?)null)]
                : b.Value.Select(device => (b.Key, (string?)device))));
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
        var cutoff = _timeProvider.GetUtcNow() - minimumAge;
        lock (_gate)
        {
            var due = _buckets.Where(b => _firstMarked[b.Key] <= cutoff).ToList();
            foreach (var (bucket, devices) in due)
            {
                _buckets.Remove(bucket);
                _firstMarked.Remove(bucket);
                _devices -= devices?.Count ?? 0;
            }

            _bucketsInPass += due.Count;
            return [.. due.OrderBy(b => b.Key.Start).ThenBy(b => b.Key.Kind)];
        }
    }

    private void Add(RollupBucket bucket, string device, bool journal = true)
    {
        if (!_buckets.TryGetValue(bucket, out var devices))
        {
            devices = [];
            _buckets[bucket] = devices;
            _firstMarked[bucket] = _timeProvider.GetUtcNow();
        }

        if (devices is null)
        {
            return; // already "all devices"
        }

        if (_devices >= _maxPendingDevices && !devices.Contains(device))
        {
            AddAll(bucket, journal);
            return;
        }

        if (devices.Add(device))
        {
            _devices++;
            if (journal)
            {
                _journal?.Append(bucket, device);
            }
        }
    }

    private void AddAll(RollupBucket bucket, bool journal = true)
    {
        var known = _buckets.TryGetValue(bucket, out var devices);
        if (known && devices is null)
        {
            return; // already "all devices"
        }

        _devices -= devices?.Count ?? 0;
        _firstMarked.TryAdd(bucket, _timeProvider.GetUtcNow());
        _buckets[bucket] = null;
        if (journal)
        {
            _journal?.Append(bucket, null);
        }
    }
}
