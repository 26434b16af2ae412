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
    private readonly QueueReader _reader;
    private FileStream? _writer;
    private FileStream? _directoryLock;
    private QueueCursor _cursor;
    private TaskCompletionSource _appended = NewSignal();

    private DiskQueueLog(DiskQueueOptions options)
    {
        _options = options;
        _reader = new QueueReader(options.MaxRecordBytes);
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
        queue._directoryLock = QueueRecovery.LockDirectory(options.Directory);
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
        lock (_lock)
        {
            return _reader.Read(_segments, Math.Max(afterId, _cursor.AcknowledgedId) + 1, maxRecords);
        }
    }

    /// <summary>Completes when a record after <paramref name="afterId"/> exists.</summary>
    public async Task WaitForRecordsAsync(long afterId, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task appended;
            lock (_lock)
            {
                if (Active.LastId > afterId)
                {
                    return;
                }

                appended = _appended.Task;
            }

            await appended.WaitAsync(cancellationToken).ConfigureAwait(false);
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
            _directoryLock?.Dispose();
            _directoryLock = null;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Recover()
    {
        _cursor = _cursorFile.TryLoad(out var cursor) ? cursor : default;
        _segments.AddRange(QueueRecovery.LoadSegments(_options, _cursor.AcknowledgedId, out var truncated));
        RecoveredTruncatedBytes = truncated;
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
