namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Error-level lines in the services' logs: the .NET console logger's <c>fail:</c>/<c>crit:</c>
/// (also after a single-line timestamp), InfluxDB's <c>lvl=error</c>, Mosquitto's <c>Error</c>.
/// </summary>
internal static class ErrorLogScan
{
    public static IReadOnlyList<string> Scan(IEnumerable<string> logFiles)
    {
        var errors = new List<string>();
        foreach (var file in logFiles.Where(File.Exists))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (IsError(line))
                {
                    errors.Add($"{name}: {line}");
                }
            }
        }

        return errors;
    }

    private static bool IsError(string line) =>
        line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
        || line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal)
        || line.Contains("lvl=error", StringComparison.Ordinal) || line.Contains(": Error", StringComparison.Ordinal);
}
