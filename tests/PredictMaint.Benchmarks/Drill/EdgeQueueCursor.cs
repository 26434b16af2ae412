using System.Buffers.Binary;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Reads an edge agent's queue cursor file (<c>edge/…/Queue/QueueCursorFile.cs</c>: magic "PQCR",
/// acknowledged record id, next telemetry sequence number, dropped count, CRC; little endian).
/// Record ids start at 1 and every record is one sample, so the acknowledged id is the number of
/// samples the broker acknowledged.
/// </summary>
internal static class EdgeQueueCursor
{
    private const uint Magic = 0x52435150;

    public static (long AcknowledgedSamples, long MessagesAcknowledged, long Dropped) Read(string queueDirectory)
    {
        var path = Path.Combine(queueDirectory, "cursor");
        if (!File.Exists(path))
        {
            return (0, 0, 0); // nothing acknowledged yet
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != 32 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
        {
            throw new InvalidDataException($"{path} is not an edge queue cursor (format changed? see edge/PredictMaint.Edge/Queue/QueueCursorFile.cs)");
        }

        return (BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(4)), BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(12)) - 1, BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(20)));
    }
}
