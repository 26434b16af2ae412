using System.Globalization;
using PredictMaint.Edge.Queue;

namespace PredictMaint.Edge.Drills;

/// <summary>
/// The child process of the power-cut drill (hidden command <c>queue-stress DIR</c>): appends
/// batches as fast as it can and, as a stand-in for the broker, acknowledges older records.
/// It prints <c>appended N</c> only after <see cref="DiskQueueLog.Append"/> returned (the promise
/// made to the sampling loop) and <c>acked N</c> only after the cursor was saved.
/// </summary>
internal static class QueueStressWriter
{
    public static DiskQueueOptions Options(string directory) =>
        new() { Directory = directory, MaxTotalBytes = 64L * 1024 * 1024, SegmentBytes = 128 * 1024, MaxRecordBytes = 4096 };

    public static int Run(string directory, TextWriter output)
    {
        using var queue = DiskQueueLog.Open(Options(directory));
        var random = new Random();
        while (true)
        {
            var count = random.Next(1, 64);
            var first = queue.LastId + 1;
            var batch = new ReadOnlyMemory<byte>[count];
            for (var i = 0; i < count; i++)
            {
                batch[i] = StressPayload.For(first + i);
            }

            var last = queue.Append(batch);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"appended {last}"));
            if (random.Next(8) == 0 && last > 300)
            {
                var upTo = last - random.Next(1, 300);
                queue.Acknowledge(upTo, upTo);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acked {upTo}"));
            }

            output.Flush();
        }
    }
}
