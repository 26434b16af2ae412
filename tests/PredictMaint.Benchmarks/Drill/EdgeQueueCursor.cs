using PredictMaint.Edge.Queue;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// An edge agent's queue cursor, read by the agent's own <see cref="QueueCursorFile"/> (format and
/// CRC check in one place). Record ids start at 1 and every record is one sample, so the
/// acknowledged id is the number of samples the broker acknowledged.
/// </summary>
internal static class EdgeQueueCursor
{
    public static (long AcknowledgedSamples, long MessagesAcknowledged, long Dropped) Read(string queueDirectory)
    {
        if (new QueueCursorFile(queueDirectory).TryLoad(out var cursor))
        {
            return (cursor.AcknowledgedId, cursor.NextMessageSequence - 1, cursor.DroppedCount);
        }

        if (File.Exists(Path.Combine(queueDirectory, "cursor")))
        {
            throw new InvalidDataException($"{queueDirectory}/cursor is damaged or not an edge queue cursor (see edge/PredictMaint.Edge/Queue/QueueCursorFile.cs)");
        }

        return (0, 0, 0); // nothing acknowledged yet
    }
}
