namespace PredictMaint.Edge.Queue;

/// <summary>
/// Sequential reads across segments. Remembers where the previous read started and stopped, so the
/// uplink's in-order reads (and a re-read of a batch that was still filling) do not rescan a
/// segment from its start each time. Not thread-safe: the queue's lock guards it.
/// </summary>
internal sealed class QueueReader(int maxRecordBytes)
{
    private (long NextId, long Offset) _hint;
    private (long NextId, long Offset) _start;

    public List<QueueRecord> Read(IReadOnlyList<QueueSegment> segments, long next, int maxRecords)
    {
        var records = new List<QueueRecord>();
        var index = LastIndexStartingAtOrBefore(segments, next);
        if (index < 0)
        {
            // Everything before the oldest segment was dropped by overflow.
            (index, next) = (0, segments[0].FirstId);
        }

        for (; index < segments.Count && records.Count < maxRecords; index++)
        {
            var segment = segments[index];
            if (next > segment.LastId)
            {
                continue;
            }

            using var stream = new FileStream(segment.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            stream.Position = next == segment.FirstId ? 0
                : _hint.NextId == next ? _hint.Offset
                : _start.NextId == next ? _start.Offset
                : SkipTo(stream, segment, next);
            _start = (next, stream.Position);
            while (next <= segment.LastId && records.Count < maxRecords)
            {
                records.Add(new QueueRecord(next, ReadExpected(stream, segment, next)));
                next++;
            }

            _hint = (next, stream.Position);
        }

        return records;
    }

    private static int LastIndexStartingAtOrBefore(IReadOnlyList<QueueSegment> segments, long id)
    {
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (segments[i].FirstId <= id)
            {
                return i;
            }
        }

        return -1;
    }

    private long SkipTo(FileStream stream, QueueSegment segment, long next)
    {
        for (var id = segment.FirstId; id < next; id++)
        {
            ReadExpected(stream, segment, id);
        }

        return stream.Position;
    }

    private byte[] ReadExpected(FileStream stream, QueueSegment segment, long id) =>
        QueueRecordFormat.TryRead(stream, id, maxRecordBytes, out var payload)
            ? payload
            : throw new InvalidDataException($"Record {id} in {segment.Path} is corrupt although it was verified when written.");
}
