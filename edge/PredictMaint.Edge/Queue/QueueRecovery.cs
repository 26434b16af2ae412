namespace PredictMaint.Edge.Queue;

/// <summary>
/// Start-up scan of the segment files: verifies every record, truncates a torn tail, deletes
/// leftovers (empty or out-of-sequence segments, fully acknowledged ones).
/// </summary>
internal static class QueueRecovery
{
    /// <summary>FileShare.None takes an exclusive flock: a second agent on the same folder fails here.</summary>
    public static FileStream LockDirectory(string directory)
    {
        try
        {
            return new FileStream(Path.Combine(directory, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException($"The queue folder '{directory}' is in use by another process.", ex);
        }
    }

    public static List<QueueSegment> LoadSegments(DiskQueueOptions options, long acknowledgedId, out long truncatedBytes)
    {
        truncatedBytes = 0;
        var segments = new List<QueueSegment>();
        var files = Directory.GetFiles(options.Directory, "*" + QueueSegment.Extension)
            .Select(path => (path, ok: QueueSegment.TryParseFirstId(path, out var first), first))
            .Where(f => f.ok)
            .OrderBy(f => f.first);
        foreach (var (path, _, first) in files)
        {
            var segment = new QueueSegment(path, first);
            var contiguous = segments.Count == 0 || segments[^1].LastId + 1 == first;
            truncatedBytes += segment.RecoverAndTruncate(options.MaxRecordBytes);
            if (!contiguous || (segment.RecordCount == 0 && segments.Count > 0))
            {
                // Only the newest segment can be torn; an empty or out-of-sequence one is a leftover.
                File.Delete(path);
                continue;
            }

            segments.Add(segment);
        }

        while (segments.Count > 1 && segments[0].LastId <= acknowledgedId)
        {
            File.Delete(segments[0].Path);
            segments.RemoveAt(0);
        }

        return segments;
    }
}
