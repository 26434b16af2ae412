using System.Globalization;
using System.Text.Json;

namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>Reads the NAB corpus layout: <c>data/</c>, <c>labels/combined_windows.json</c>, <c>config/profiles.json</c>.</summary>
public static class NabCorpus
{
    public static IReadOnlyList<NabFile> Load(string root)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "labels", "combined_windows.json")));
        var files = new List<NabFile>();
        foreach (var entry in labels.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var windows = entry.Value.EnumerateArray()
                .Select(w => (Start: ParseTime(w[0].GetString()!), End: ParseTime(w[1].GetString()!)))
                .OrderBy(w => w.Start)
                .ToList();
            var (times, columns) = ReadCsv(Path.Combine(root, "data", entry.Name), "value");
            files.Add(new NabFile(entry.Name, times, columns, windows));
        }

        return files;
    }

    /// <summary>Reads a detector's published output, <c>DIR/category/DETECTOR_name.csv</c>, column <c>anomaly_score</c>.</summary>
    public static double[] ReadResults(string resultsDirectory, string detector, NabFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var relative = file.RelativePath.Replace('\\', '/');
        var slash = relative.LastIndexOf('/');
        var path = Path.Combine(resultsDirectory, relative[..(slash + 1)] + detector + "_" + relative[(slash + 1)..]);
        var (times, scores) = ReadCsv(path, "anomaly_score");
        if (times.Count != file.Times.Count)
        {
            throw new InvalidDataException($"{path} has {times.Count} rows, the data file {file.Times.Count}.");
        }

        return scores;
    }

    /// <summary>
    /// Thresholds a detector published with its raw output (<c>DETECTOR_PROFILE_scores.csv</c>,
    /// column <c>Threshold</c>), by profile name; profiles without such a file are left out.
    /// </summary>
    public static Dictionary<string, double> ReadPublishedThresholds(string resultsDirectory, string detector, IEnumerable<NabProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var thresholds = new Dictionary<string, double>();
        foreach (var profile in profiles)
        {
            var path = Path.Combine(resultsDirectory, $"{detector}_{profile.Name}_scores.csv");
            if (!File.Exists(path))
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            var column = Array.IndexOf(lines[0].Split(','), "Threshold");
            thresholds[profile.Name] = double.Parse(lines[1].Split(',')[column], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return thresholds;
    }

    private static (List<DateTime> Times, double[] Column) ReadCsv(string path, string column)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(',') ?? throw new InvalidDataException($"{path} is empty.");
        var index = Array.IndexOf(header, column);
        if (index < 0)
        {
            throw new InvalidDataException($"{path} has no '{column}' column.");
        }

        var times = new List<DateTime>();
        var values = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            times.Add(ParseTime(fields[0]));
            values.Add(double.Parse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return (times, values.ToArray());
    }

    private static DateTime ParseTime(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
