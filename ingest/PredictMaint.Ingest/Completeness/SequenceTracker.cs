using System.Collections.Concurrent;

namespace PredictMaint.Ingest.Completeness;

/// <summary>
/// Follows each device's message sequence numbers: a jump forward is a gap (messages missing),
/// a number at or below the last seen is a duplicate or a late redelivery (harmless: points are
/// idempotent). Counts are per instance; with shared subscriptions each instance sees a share.
/// </summary>
public sealed class SequenceTracker
{
    private readonly ConcurrentDictionary<string, long> _lastSequence = new(StringComparer.Ordinal);
    private long _gaps;
    private long _missingMessages;
    private long _duplicates;

    public long Gaps => Interlocked.Read(ref _gaps);

    public long MissingMessages => Interlocked.Read(ref _missingMessages);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public int Devices => _lastSequence.Count;

    public void Observe(string deviceKey, long sequence)
    {
        _lastSequence.AddOrUpdate(
            deviceKey,
            sequence,
            (_, last) =>
            {
                if (sequence <= last)
                {
                    Interlocked.Increment(ref _duplicates);
                    return last;
                }

                if (sequence > last + 1)
                {
                    Interlocked.Increment(ref _gaps);
                    Interlocked.Add(ref _missingMessages, sequence - last - 1);
                }

                return sequence;
            });
    }
}
