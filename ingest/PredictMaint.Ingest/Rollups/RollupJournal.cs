using System.Globalization;
using System.Text;

namespace PredictMaint.Ingest.Rollups;

/// <summary>
/// The pending rollups on disk, so buckets whose points were written (and whose messages were
/// acknowledged) but not yet rolled up survive a kill: an append-only file of (bucket, device)
/// marks, one line each, flushed to the operating system after every batch (a killed process
/// loses nothing; a power cut may lose the last marks, as fsync per batch would cost more than a
/// rollup rebuild). After every rollup pass the file is replaced by the marks still pending
/// (written to a temporary file, fsynced, renamed over). A line cut short by a kill is cut off at the next open.
/// A lock file keeps a second process from sharing the journal.
/// </summary>
/// <remarks>
/// Line format, tab-separated: kind (H or D), start and end in Unix milliseconds, time-zone id,
/// site id (empty for hourly buckets), device id or <c>*</c> for all devices. Site and device ids
/// are restricted to <c>[A-Za-z0-9_-]</c> by the topic contract and IANA zone ids hold no tabs.
/// </remarks>
public sealed class RollupJournal : IDisposable
{
    private const string AllDevices = "*";
    private readonly string _path;
    private readonly FileStream _lock;
    private StreamWriter _writer;

    private RollupJournal(string path, FileStream lockFile)
    {
        _path = path;
        _lock = lockFile;
        _writer = OpenForAppend(path);
    }

    /// <summary>Opens (or creates) the journal at <paramref name="path"/>; fails when another process holds it.</summary>
    public static RollupJournal Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The rollup journal {full} is in use by another ingest process ({exception.Message}). Give every instance its own Ingest:Rollups:JournalFile.", exception);
        }

        CutTornLine(full);
        return new RollupJournal(full, lockFile);
    }

    /// <summary>Every complete mark in the file, oldest first (a device of <c>null</c> means all devices).</summary>
    public IReadOnlyList<(RollupBucket Bucket, string? Device)> ReadAll()
    {
        _writer.Flush();
        var marks = new List<(RollupBucket, string?)>();
        foreach (var line in File.ReadAllText(_path, Encoding.UTF8).AsSpan().EnumerateLines())
        {
            if (!line.IsEmpty && TryParse(line.ToString(), out var mark))
            {
                marks.Add(mark);
            }
        }

        return marks;
    }

    public void Append(RollupBucket bucket, string? device)
    {
        _writer.Write(Format(bucket, device));
        _writer.Write('\n');
    }

    /// <summary>Hands what was appended to the operating system (survives the process, not a power cut).</summary>
    public void Flush() => _writer.Flush();

    /// <summary>Replaces the journal atomically by exactly <paramref name="marks"/>.</summary>
    public void Rewrite(IEnumerable<(RollupBucket Bucket, string? Device)> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var temporary = _path + ".new";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            foreach (var (bucket, device) in marks)
            {
                writer.Write(Format(bucket, device));
                writer.Write('\n');
            }

            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        _writer.Dispose();
        File.Move(temporary, _path, overwrite: true);
        _writer = OpenForAppend(_path);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _lock.Dispose();
    }

    /// <summary>A kill mid-append leaves a line without its end: cut it off, so it is neither read nor continued.</summary>
    private static void CutTornLine(string path)
    {
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var buffer = new byte[4096];
        var end = stream.Length;
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            stream.Position = start;
            stream.ReadExactly(buffer, 0, (int)(end - start));
            var newline = Array.LastIndexOf(buffer, (byte)'\n', (int)(end - start - 1));
            if (newline >= 0)
            {
                stream.SetLength(start + newline + 1);
                return;
            }

            end = start;
        }

        stream.SetLength(0);
    }

    private static StreamWriter OpenForAppend(string path) =>
        new(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false)) { AutoFlush = false };

    private static string Format(RollupBucket bucket, string? device) => string.Join('\t',
        bucket.Kind == RollupKind.Hourly ? "H" : "D",
        bucket.Start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        bucket.End.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        bucket.TimeZoneId,
        bucket.SiteId ?? string.Empty,
        device ?? AllDevices);

    private static bool TryParse(string line, out (RollupBucket Bucket, string? Device) mark)
    {
        mark = default;
        var fields = line.Split('\t');
        if (fields.Length != 6 || fields[0] is not ("H" or "D")
            || !long.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var end)
            || fields[5].Length == 0)
        {
            return false;
        }

        var kind = fields[0] == "H" ? RollupKind.Hourly : RollupKind.Daily;
        var site = fields[4].Length == 0 ? null : fields[4];
        var bucket = new RollupBucket(kind, site, DateTimeOffset.FromUnixTimeMilliseconds(start), DateTimeOffset.FromUnixTimeMilliseconds(end), fields[3]);
        mark = (bucket, fields[5] == AllDevices ? null : fields[5]);
        return true;
    }
}
