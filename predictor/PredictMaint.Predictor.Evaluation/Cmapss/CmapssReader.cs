using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Cmapss;

/// <summary>
/// Reads the NASA C-MAPSS text files: space-separated unit, cycle, 3 operating settings,
/// 21 sensors per row (<c>train_FD00x.txt</c>, <c>test_FD00x.txt</c>), and <c>RUL_FD00x.txt</c>.
/// </summary>
public static class CmapssReader
{
    public const int SettingColumns = 3;

    public static IReadOnlyList<CmapssUnit> ReadUnits(string path)
    {
        var units = new SortedDictionary<int, (List<double[]> Settings, List<double[]> Sensors)>();
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 + SettingColumns + 1)
            {
                continue;
            }

            var values = fields.Select(f => double.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            var id = (int)values[0];
            if (!units.TryGetValue(id, out var unit))
            {
                unit = units[id] = ([], []);
            }

            unit.Settings.Add(values[2..(2 + SettingColumns)]);
            unit.Sensors.Add(values[(2 + SettingColumns)..]);
        }

        return units.Select(u => new CmapssUnit(u.Key, u.Value.Settings, u.Value.Sensors)).ToList();
    }

    public static double[] ReadRemainingLife(string path) =>
        File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => double.Parse(l.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
}
