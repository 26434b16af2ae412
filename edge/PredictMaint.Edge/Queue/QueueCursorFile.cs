using System.Buffers.Binary;

namespace PredictMaint.Edge.Queue;

/// <summary>
/// Stores <see cref="QueueCursor"/> atomically: write <c>cursor.tmp</c>, fsync it, rename it
/// over <c>cursor</c>, fsync the directory. After a power cut the file is either the old or the
/// new cursor, never a mix; the CRC guards against anything else.
/// </summary>
internal sealed class QueueCursorFile(string directory)
{
    private const uint Magic = 0x52435150; // "PQCR"
    private const int Size = 4 + 8 + 8 + 8 + 4;

    private readonly string _path = Path.Combine(directory, "cursor");
    private readonly string _temporaryPath = Path.Combine(directory, "cursor.tmp");

    /// <summary>False when there is no valid cursor (a new queue).</summary>
    public bool TryLoad(out QueueCursor cursor)
    {
        cursor = default;
        if (!File.Exists(_path))
        {
            return false;
        }

        var bytes = File.ReadAllBytes(_path);
        if (bytes.Length != Size || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic
            || Crc32.Compute(bytes.AsSpan(0, Size - 4)) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(Size - 4)))
        {
            return false;
        }

        cursor = new QueueCursor(
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(4)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(12)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(20)));
        return true;
    }

    public void Save(QueueCursor cursor)
    {
        Span<byte> bytes = stackalloc byte[Size];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[4..], cursor.AcknowledgedId);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[12..], cursor.NextMessageSequence);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[20..], cursor.DroppedCount);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[(Size - 4)..], Crc32.Compute(bytes[..(Size - 4)]));
        using (var stream = new FileStream(_temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(_temporaryPath, _path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(_path)!);
    }
}
