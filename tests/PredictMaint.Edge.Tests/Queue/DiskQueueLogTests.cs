using System.Text;
using PredictMaint.Edge.Queue;

namespace PredictMaint.Edge.Tests.Queue;

public sealed class DiskQueueLogTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void ReadBatch_AfterAppend_ReturnsRecordsInOrder()
    {
        using var queue = Open();
        queue.Append(Payloads(1, 5));
        queue.Append(Payloads(6, 3));

        var records = queue.ReadBatch(0, 100);

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), records.Select(r => r.Id));
        Assert.Equal(Enumerable.Range(1, 8).Select(Text), records.Select(r => Encoding.UTF8.GetString(r.Payload.Span)));
        Assert.Equal(3, queue.ReadBatch(5, 100).Count);
        Assert.Equal(2, queue.ReadBatch(0, 2).Count);
    }

    [Fact]
    public void Open_AfterRestart_ReplaysUnacknowledgedAndKeepsCursor()
    {
        using (var queue = Open(segmentBytes: 200))
        {
            queue.Append(Payloads(1, 20));
            queue.Acknowledge(12, nextMessageSequence: 7);
        }

        using var reopened = Open(segmentBytes: 200);

        Assert.Equal(12, reopened.AcknowledgedId);
        Assert.Equal(7, reopened.NextMessageSequence);
        Assert.Equal(Enumerable.Range(13, 8).Select(i => (long)i), reopened.ReadBatch(0, 100).Select(r => r.Id));
        Assert.Equal(21, reopened.Append(Payloads(21, 1)));
    }

    [Fact]
    public void Acknowledge_FullSegments_DeletesTheirFiles()
    {
        using var queue = Open(segmentBytes: 200);
        for (var i = 1; i <= 40; i++)
        {
            queue.Append(Payloads(i, 1));
        }

        var before = SegmentFiles().Length;

        queue.Acknowledge(40, 1);

        Assert.True(before > 3, $"expected several segments, got {before}");
        Assert.Single(SegmentFiles());
        Assert.Equal(0, queue.Depth);
    }

    [Fact]
    public void Open_TornLastRecordAtEveryOffset_TruncatesItAndKeepsTheRest()
    {
        using (var queue = Open())
        {
            queue.Append(Payloads(1, 3));
            queue.Append(Payloads(4, 1));
        }

        var file = Assert.Single(SegmentFiles());
        var full = File.ReadAllBytes(file);
        var lastRecordLength = 16 + Text(4).Length;
        for (var cut = full.Length - lastRecordLength; cut < full.Length; cut++)
        {
            File.WriteAllBytes(file, full[..cut]);
            using var queue = Open();

            Assert.Equal(3, queue.LastId);
            Assert.Equal(cut - (full.Length - lastRecordLength), queue.RecoveredTruncatedBytes);
            Assert.Equal([1L, 2, 3], queue.ReadBatch(0, 100).Select(r => r.Id));
            Assert.Equal(4, queue.Append(Payloads(4, 1)));
            Assert.Equal(Text(4), Encoding.UTF8.GetString(queue.ReadBatch(3, 1)[0].Payload.Span));
        }
    }

    [Fact]
    public void Open_CorruptByteInLastRecord_DropsOnlyThatRecord()
    {
        using (var queue = Open())
        {
            queue.Append(Payloads(1, 4));
        }

        var file = Assert.Single(SegmentFiles());
        var bytes = File.ReadAllBytes(file);
        bytes[^2] ^= 0x40;
        File.WriteAllBytes(file, bytes);

        using var reopened = Open();

        Assert.Equal(3, reopened.LastId);
    }

    [Fact]
    public void Append_BeyondMaxTotalBytes_DropsOldestAndCountsThem()
    {
        using (var queue = Open(segmentBytes: 1_024, maxTotalBytes: 4_096))
        {
            for (var i = 1; i <= 400; i++)
            {
                queue.Append(Payloads(i, 1));
            }

            Assert.True(queue.TotalBytes <= 4_096, $"queue holds {queue.TotalBytes} bytes");
            Assert.True(queue.DroppedCount > 0);
            var kept = queue.ReadBatch(0, 1_000);
            Assert.Equal(400, kept[^1].Id);
            Assert.Equal(400 - queue.DroppedCount, kept.Count);
            Assert.Equal(queue.DroppedCount + 1, kept[0].Id);
        }

        using var reopened = Open(segmentBytes: 1_024, maxTotalBytes: 4_096);
        Assert.Equal(reopened.ReadBatch(0, 1)[0].Id - 1, reopened.DroppedCount);
    }

    [Fact]
    public void Append_OverflowOfPartlyAcknowledgedSegment_CountsOnlyUnacknowledged()
    {
        using var queue = Open(segmentBytes: 1_024, maxTotalBytes: 4_096);
        queue.Append(Payloads(1, 10));
        queue.Acknowledge(5, 1);
        for (var i = 11; i <= 400; i++)
        {
            queue.Append(Payloads(i, 1));
        }

        Assert.Equal(queue.ReadBatch(0, 1)[0].Id - 6, queue.DroppedCount);
    }

    [Fact]
    public void Open_FolderAlreadyOpen_ThrowsInUse()
    {
        using var queue = Open();

        var error = Assert.Throws<IOException>(() => Open());

        Assert.Contains("in use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForRecordsAsync_Append_Completes()
    {
        using var queue = Open();
        var waiting = queue.WaitForRecordsAsync(0, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        queue.Append(Payloads(1, 1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static string Text(int i) => $"sample-{i:D4}";

    private static ReadOnlyMemory<byte>[] Payloads(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(i => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(Text(i)))];

    private DiskQueueLog Open(long segmentBytes = 64 * 1024, long maxTotalBytes = 1024 * 1024) =>
        DiskQueueLog.Open(new DiskQueueOptions { Directory = _directory.Path, SegmentBytes = segmentBytes, MaxTotalBytes = maxTotalBytes, MaxRecordBytes = 1024 });

    private string[] SegmentFiles() => Directory.GetFiles(_directory.Path, "*.seg");
}
