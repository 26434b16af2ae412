using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary>
/// Reads the filter rigs' CSV folders. <c>phme20</c>: <c>Time(s), Flow_Rate(ml/m),
/// Upstream_Pressure(psi), Downstream_Pressure(psi)</c>, end of life at ΔP ≥ 20 psi (PHME 2020
/// challenge rule). <c>esrel22</c>: <c>Zeit</c> (s), <c>Durchfluss</c>, <c>Differenzdruck</c>;
/// each run ends at its end of life (its <c>RUL</c> column reaches 0 at ΔP ≈ 600).
/// Samples are averaged to 1 s so the noisy 10 Hz readings become usable; end of life is the
/// first second whose mean ΔP reaches the threshold (else the last second).
/// </summary>
public static class FilterRunReader
{
    public static double Threshold(string format) => format switch
    {
        "phme20" => 20,
        "esrel22" => 600,
        _ => throw new ArgumentException($"Unknown format '{format}' (phme20|esrel22).", nameof(format)),
    };

    public static IReadOnlyList<FilterRun> ReadFolder(string folder, string format)
    {
        var threshold = Threshold(format);
        return Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(path => Read(path, format, threshold))
            .Where(run => run.Seconds.Length >= 10)
            .ToList();
    }

    private static FilterRun Read(string path, string format, double threshold)
    {
        var lines = File.ReadLines(path).ToList();
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no '{name}' column.");
        var (time, flow, up, down) = format == "phme20"
            ? (Column("Time(s)"), Column("Flow_Rate(ml/m)"), Column("Upstream_Pressure(psi)"), Column("Downstream_Pressure(psi)"))
            : (Column("Zeit"), Column("Durchfluss"), Column("Differenzdruck"), -1);
        var seconds = new List<double>();
        var flows = new List<double>();
        var drops = new List<double>();
        double sumFlow = 0, sumDrop = 0;
        var count = 0;
        var bucket = double.NaN;
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            double Value(int i) => double.Parse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            var second = Math.Floor(Value(time));
            if (second != bucket && count > 0)
            {
                seconds.Add(bucket);
                flows.Add(sumFlow / count);
                drops.Add(sumDrop / count);
                (sumFlow, sumDrop, count) = (0, 0, 0);
            }

            bucket = second;
            sumFlow += Value(flow);
            sumDrop += down >= 0 ? Value(up) - Value(down) : Value(up);
            count++;
        }

        var end = drops.FindIndex(d => d >= threshold) is var e and >= 0 ? e : drops.Count - 1;
        return new FilterRun(
            Path.GetFileNameWithoutExtension(path),
            [.. seconds.Take(end + 1)],
            [.. flows.Take(end + 1)],
            [.. drops.Take(end + 1)],
            seconds[end]);
    }
}
