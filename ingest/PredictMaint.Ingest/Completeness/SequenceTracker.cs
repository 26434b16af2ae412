using System.Collections.Concurrent;

namespace PredictMaint.Ingest.Completeness;

/// <summary>
/// Follows each device's message sequence numbers: a jump forward is a gap (messages missing),
/// a number at or below the last seen is a duplicate or a late redelivery (harmless: points are
/// idempotent). Counts are per instance; with shared subscriptions each instance sees a share,
/// so one instance's gap can be the other's message: sum across instances before alarming.
/// </summary>
public sealed class SequenceTracker
{
    private readonly ConcurrentDictionary<string, DeviceSequence> _devices = new(StringComparer.Ordinal);
    private long _gaps;
    private long _missingMessages;
    private long _duplicates;

    public long Gaps => Interlocked.Read(ref _gaps);

    public long MissingMessages => Interlocked.Read(ref _missingMessages);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public int Devices => _devices.Count;

    /// <summary>Missing messages per device key (<c>site/device</c>), for devices with at least one gap.</summary>
    public IReadOnlyDictionary<string, long> MissingByDevice() =>
        _devices.Where(d => d.Value.Missing > 0).ToDictionary(d => d.Key, d => d.Value.Missing, StringComparer.Ordinal);

    public void Observe(string deviceKey, long sequence)
    {
        var device = _devices.GetOrAdd(deviceKey, _ => new DeviceSequence());
        lock (device)
        {
            if (device.Last is not { } last)
            {
                device.Last = sequence;
            }
            else if (sequence <= last)
            {
                Interlocked.Increment(ref _duplicates);
            }
            else
            {
                if (sequence > last + 1)
                {
                    Interlocked.Increment(ref _gaps);
                    Interlocked.Add(ref _missingMessages, sequence - last - 1);
                    device.Missing += sequence - last - 1;
                }

                device.Last = sequence;
            }
        }
    }

    private sealed class DeviceSequence
    {
        public long? Last { get; set; }

        public long Missing { get; set; }
    }
}
