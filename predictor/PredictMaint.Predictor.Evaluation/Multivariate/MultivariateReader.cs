using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Multivariate;

/// <summary>
/// Reads a folder of labelled historian exports: CSV with a header, separated by ';' or ',' (the
/// header decides), a timestamp column (named <c>datetime</c>, <c>timestamp</c> or <c>time</c>, or
/// else the first column), numeric sensor columns, and 0/1 <c>anomaly</c> and <c>changepoint</c>
/// columns. An empty sensor cell repeats the sensor's previous value (historians leave gaps); empty
/// cells before a sensor's first value take that first value, and a column with no value at all
/// is an error.
/// Anything else that does not parse stops the run with the file and line, so nothing is
/// silently dropped.
/// </summary>
public static class MultivariateReader
{
    private static readonly string[] TimeColumns = ["datetime", "timestamp", "time"];

    public static IReadOnlyList<MultivariateFile> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read).ToList();
        return files.Count > 0 ? files : throw new InvalidDataException($"{folder}: no *.csv files.");
    }

    public static MultivariateFile Read(string path)
    {
        using var reader = new StreamReader(path);
        var headerLine = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file.");
        var separator = headerLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = headerLine.Split(separator).Select(h => h.Trim().Trim('"')).ToArray();
        int Find(string name) => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        var (anomaly, changepoint) = (Find("anomaly"), Find("changepoint"));
        if (anomaly < 0 || changepoint < 0)
        {
            throw new InvalidDataException($"{path}: the header needs 'anomaly' and 'changepoint' columns.");
        }

        var time = TimeColumns.Select(Find).FirstOrDefault(i => i >= 0, 0);
        var sensors = Enumerable.Range(0, header.Length).Where(i => i != time && i != anomaly && i != changepoint).ToArray();
        var times = new List<DateTime>();
        var rows = new List<double[]>();
        var anomalies = new List<bool>();
        var changepoints = new List<bool>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(separator);
            string Error(string what) => $"{path}:{lineNumber}: {what}";
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException(Error($"{fields.Length} fields, the header has {header.Length}."));
            }

            if (!DateTime.TryParse(fields[time].Trim('"'), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var stamp))
            {
                throw new InvalidDataException(Error($"timestamp '{fields[time]}' does not parse."));
            }

            if (times.Count > 0 && stamp < times[^1])
            {
                throw new InvalidDataException(Error("timestamps must not go backwards."));
            }

            times.Add(stamp);
            var row = new double[sensors.Length];
            for (var s = 0; s < sensors.Length; s++)
            {
                var cell = fields[sensors[s]].Trim();
                row[s] = cell.Length == 0 ? (rows.Count > 0 ? rows[^1][s] : double.NaN)
                    : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
                    : throw new InvalidDataException(Error($"'{header[sensors[s]]}' value '{cell}' is not a number."));
            }

            rows.Add(row);
            anomalies.Add(Flag(fields[anomaly], Error));
            changepoints.Add(Flag(fields[changepoint], Error));
        }

        BackfillLeadingGaps(path, rows, [.. sensors.Select(i => header[i])]);
        return new MultivariateFile(Path.GetFileName(path), [.. sensors.Select(i => header[i])], times, rows, [.. anomalies], [.. changepoints]);
    }

    private static void BackfillLeadingGaps(string path, List<double[]> rows, string[] names)
    {
        for (var s = 0; s < names.Length; s++)
        {
            var first = rows.FindIndex(r => !double.IsNaN(r[s]));
            if (first < 0)
            {
                throw new InvalidDataException($"{path}: '{names[s]}' has no value in any row.");
            }

            for (var r = 0; r < first; r++)
            {
                rows[r][s] = rows[first][s];
            }
        }
    }

    private static bool Flag(string cell, Func<string, string> error) => cell.Trim() switch
    {
        "0" or "0.0" => false,
        "1" or "1.0" => true,
        var other => throw new InvalidDataException(error($"label '{other}' is not 0 or 1.")),
    };
}
