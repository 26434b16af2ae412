using System.Globalization;

namespace PredictMaint.Edge.Queue;

/// <summary>
/// One append-only segment file, named after its first record id (<c>00000000000000000001.seg</c>),
/// holding the consecutive records <see cref="FirstId"/>..<see cref="LastId"/>.
/// </summary>
internal sealed class QueueSegment(string path, long firstId)
{
    public const string Extension = ".seg";

    public string Path { get; } = path;

    public long FirstId { get; } = firstId;

    /// <summary><see cref="FirstId"/> − 1 while the segment is empty.</summary>
    public long LastId { get; set; } = firstId - 1;

    public long SizeBytes { get; set; }

    public long RecordCount => LastId - FirstId + 1;

    public static string FileName(long firstId) => firstId.ToString("D20", CultureInfo.InvariantCulture) + Extension;

    public static bool TryParseFirstId(string path, out long firstId) =>
        long.TryParse(System.IO.Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out firstId);

    /// <summary>
    /// Scans the file, keeps the valid prefix of consecutive records and truncates anything after
    /// it (a record torn by a power cut). Returns how many bytes were cut off.
    /// </summary>
    public long RecoverAndTruncate(int maxPayloadBytes)
    {
        long validLength = 0;
        var expected = FirstId;
        using (var stream = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        {
            while (QueueRecordFormat.TryRead(stream, expected, maxPayloadBytes, out var payload))
            {
                validLength += QueueRecordFormat.EncodedSize(payload.Length);
                expected++;
                stream.Position = validLength;
            }

            var cut = stream.Length - validLength;
            if (cut > 0)
            {
                stream.SetLength(validLength);
                stream.Flush(flushToDisk: true);
            }

            LastId = expected - 1;
            SizeBytes = validLength;
            return cut;
        }
    }
}
