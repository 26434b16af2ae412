namespace PredictMaint.Edge.Queue;

/// <summary>
/// Store-and-forward queue on disk: append-only segment files of checksummed records, replayed in
/// order, removed only once <see cref="Acknowledge"/> says the broker has them.
/// </summary>
/// <remarks>
/// Durability (the fsync policy): <see cref="Append"/> writes the whole batch with one write and
/// fsyncs the segment before it returns, so a record the sampling loop has been told about survives
/// a power cut; a new segment's directory entry is fsynced too. The acknowledged cursor is replaced
/// atomically (<see cref="QueueCursorFile"/>). Opening the queue truncates a torn tail record.
/// Overflow: past <see cref="DiskQueueOptions.MaxTotalBytes"/> the oldest segment is deleted and its
/// unacknowledged records are counted in <see cref="DroppedCount"/>. Thread-safe.
/// </remarks>
public sealed class DiskQueueLog : IDisposable
{
    private readonly DiskQueueOptions _options;
    private readonly QueueCursorFile _cursorFile;
    private readonly List<QueueSegment> _segments = [];
    private readonly Lock _lock = new();
    private FileStream? _writer;
    private QueueCursor _cursor;
    private TaskCompletionSource _appended = NewSignal();
    private (long NextId, long Offset) _readHint;

    private DiskQueueLog(DiskQueueOptions options)
    {
        _options = options;
        _cursorFile = new QueueCursorFile(options.Directory);
    }

    /// <summary>Bytes cut from torn tails when the queue was opened.</summary>
    public long RecoveredTruncatedBytes { get; private set; }

    public long DroppedCount { get { lock (_lock) { return _cursor.DroppedCount; } } }

    public long AcknowledgedId { get { lock (_lock) { return _cursor.AcknowledgedId; } } }

    public long NextMessageSequence { get { lock (_lock) { return _cursor.NextMessageSequence; } } }

    public long LastId { get { lock (_lock) { return Active.LastId; } } }

    /// <summary>Records appended but not yet acknowledged.</summary>
    public long Depth { get { lock (_lock) { return Active.LastId - _cursor.AcknowledgedId; } } }

    public long TotalBytes { get { lock (_lock) { return _segments.Sum(s => s.SizeBytes); } } }

    private QueueSegment Active => _segments[^1];

    public static DiskQueueLog Open(DiskQueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SegmentBytes * 2 > options.MaxTotalBytes)
        {
            throw new ArgumentException($"Queue SegmentBytes ({options.SegmentBytes}) must be at most half of MaxTotalBytes ({options.MaxTotalBytes}): overflow drops whole segments.", nameof(options));
        }

        Directory.CreateDirectory(options.Directory);
        var queue = new DiskQueueLog(options);
        queue.Recover();
        return queue;
    }

    /// <summary>Appends the payloads as consecutive records and fsyncs them; returns the last id.</summary>
    public long Append(IReadOnlyList<ReadOnlyMemory<byte>> payloads)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        var size = 0;
        foreach (var payload in payloads)
        {
            if (payload.Length > _options.MaxRecordBytes)
            {
                throw new ArgumentException($"A record of {payload.Length} bytes exceeds MaxRecordBytes ({_options.MaxRecordBytes}).", nameof(payloads));
            }

            size += QueueRecordFormat.EncodedSize(payload.Length);
        }

        lock (_lock)
        {
            if (Active.SizeBytes > 0 && Active.SizeBytes + size > _options.SegmentBytes)
            {
                StartSegment(Active.LastId + 1);
            }

            DropOldestWhileOver(size);
            var buffer = new byte[size];
            var offset = 0;
            var id = Active.LastId;
            foreach (var payload in payloads)
            {
                QueueRecordFormat.Write(buffer.AsSpan(offset), ++id, payload.Span);
                offset += QueueRecordFormat.EncodedSize(payload.Length);
            }

            _writer!.Write(buffer);
            _writer.Flush(flushToDisk: true);
            Active.LastId = id;
            Active.SizeBytes += size;
            _appended.TrySetResult();
            _appended = NewSignal();
            return id;
        }
    }

    /// <summary>Up to <paramref name="maxRecords"/> records after <paramref name="afterId"/>, in order.</summary>
    public IReadOnlyList<QueueRecord> ReadBatch(long afterId, int maxRecords)
    {
        var records = new List<QueueRecord>();
        lock (_lock)
        {
            var next = Math.Max(afterId, _cursor.AcknowledgedId) + 1;
            var index = _segments.FindLastIndex(s => s.FirstId <= next);
            if (index < 0)
            {
                // Everything before the oldest segment was dropped by overflow.
                (index, next) = (0, _segments[0].FirstId);
            }
            for (; index >= 0 && index < _segments.Count && records.Count < maxRecords; index++)
            {
                var segment = _segments[index];
                if (next > segment.LastId)
                {
                    continue;
                }

                using var stream = new FileStream(segment.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
                stream.Position = _readHint.NextId == next && next > segment.FirstId ? _readHint.Offset : SkipTo(stream, segment, next);
                while (next <= segment.LastId && records.Count < maxRecords)
                {
                    if (!QueueRecordFormat.TryRead(stream, next, _options.MaxRecordBytes, out var payload))
                    {
                        throw new InvalidDataException($"Record {next} in {segment.Path} is corrupt although it was verified when written.");
                    }

                    records.Add(new QueueRecord(next++, payload));
                }

                _readHint = (next, stream.Position);
            }
        }

        return records;
    }

    /// <summary>Completes when a record after <paramref name="afterId"/> exists.</summary>
    public Task WaitForRecordsAsync(long afterId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Active.LastId > afterId ? Task.CompletedTask : _appended.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The broker has every record up to <paramref name="recordId"/>: persist that (with the next
    /// message sequence number) and delete the segments that hold nothing newer.
    /// </summary>
    public void Acknowledge(long recordId, long nextMessageSequence)
    {
        lock (_lock)
        {
            var acknowledged = Math.Max(_cursor.AcknowledgedId, Math.Min(recordId, Active.LastId));
            _cursor = _cursor with { AcknowledgedId = acknowledged, NextMessageSequence = nextMessageSequence };
            _cursorFile.Save(_cursor);
            while (_segments.Count > 1 && _segments[0].LastId <= acknowledged)
            {
                DeleteOldest();
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private long SkipTo(FileStream stream, QueueSegment segment, long next)
    {
        for (var id = segment.FirstId; id < next; id++)
        {
            if (!QueueRecordFormat.TryRead(stream, id, _options.MaxRecordBytes, out _))
            {
                throw new InvalidDataException($"Record {id} in {segment.Path} is corrupt although it was verified when written.");
            }
        }

        return stream.Position;
    }

    private void Recover()
    {
        _cursor = _cursorFile.TryLoad(out var cursor) ? cursor : default;
        var files = Directory.GetFiles(_options.Directory, "*" + QueueSegment.Extension)
            .Select(path => (path, ok: QueueSegment.TryParseFirstId(path, out var first), first))
            .Where(f => f.ok)
            .OrderBy(f => f.first);
        foreach (var (path, _, first) in files)
        {
            var segment = new QueueSegment(path, first);
            var contiguous = _segments.Count == 0 || _segments[^1].LastId + 1 == first;
            RecoveredTruncatedBytes += segment.RecoverAndTruncate(_options.MaxRecordBytes);
            if (!contiguous || (segment.RecordCount == 0 && _segments.Count > 0))
            {
                // Only the newest segment can be torn; an empty or out-of-sequence one is a leftover.
                File.Delete(path);
                continue;
            }

            _segments.Add(segment);
        }

        while (_segments.Count > 1 && _segments[0].LastId <= _cursor.AcknowledgedId)
        {
            File.Delete(_segments[0].Path);
            _segments.RemoveAt(0);
        }

        if (_segments.Count == 0 || Active.LastId < _cursor.AcknowledgedId)
        {
            StartSegment(_cursor.AcknowledgedId + 1);
        }

        _writer ??= new FileStream(Active.Path, FileMode.Append, FileAccess.Write, FileShare.Read | FileShare.Delete, 1);
    }

    private void StartSegment(long firstId)
    {
        _writer?.Dispose();
        var segment = new QueueSegment(Path.Combine(_options.Directory, QueueSegment.FileName(firstId)), firstId);
        _writer = new FileStream(segment.Path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, 1);
        DirectorySync.Flush(_options.Directory);
        _segments.Add(segment);
    }

    private void DropOldestWhileOver(int incomingBytes)
    {
        while (_segments.Sum(s => s.SizeBytes) + incomingBytes > _options.MaxTotalBytes && _segments.Count > 1)
        {
            var oldest = _segments[0];
            var unacknowledged = oldest.LastId - Math.Max(oldest.FirstId - 1, _cursor.AcknowledgedId);
            if (unacknowledged > 0)
            {
                _cursor = _cursor with { AcknowledgedId = oldest.LastId, DroppedCount = _cursor.DroppedCount + unacknowledged };
                _cursorFile.Save(_cursor);
            }

            DeleteOldest();
        }
    }

    private void DeleteOldest()
    {
        File.Delete(_segments[0].Path);
        _segments.RemoveAt(0);
    }
}
