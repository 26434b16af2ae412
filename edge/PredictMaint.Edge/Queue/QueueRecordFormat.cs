using System.Buffers.Binary;

namespace PredictMaint.Edge.Queue;

/// <summary>
/// On-disk layout of one record, little endian:
/// <c>u32 payload length | u32 CRC-32 of (id, payload) | i64 id | payload</c>.
/// The id inside the checksum means a stale or zero-filled tail (what ext4 can leave after a
/// power cut) never passes for the next record.
/// </summary>
internal static class QueueRecordFormat
{
    public const int HeaderBytes = 16;

    public static int EncodedSize(int payloadLength) => HeaderBytes + payloadLength;

    public static void Write(Span<byte> destination, long id, ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], id);
        payload.CopyTo(destination[HeaderBytes..]);
        var crc = Crc32.Compute(destination.Slice(8, 8 + payload.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], crc);
    }

    /// <summary>
    /// Reads the record at the start of <paramref name="stream"/>'s position. False (and the
    /// stream position undefined) for a torn, corrupt or unexpected record.
    /// </summary>
    public static bool TryRead(Stream stream, long expectedId, int maxPayloadBytes, out byte[] payload)
    {
        payload = [];
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        var id = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        if (length > (uint)maxPayloadBytes || id != expectedId)
        {
            return false;
        }

        var body = new byte[length];
        if (stream.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) < body.Length)
        {
            return false;
        }

        if (Crc32.Compute(body, Crc32.Compute(header.Slice(8, 8))) != crc)
        {
            return false;
        }

        payload = body;
        return true;
    }
}
