using System.Globalization;
using PredictMaint.FirmwareSim.Export;
using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.Predictor.Evaluation.Multivariate;

namespace PredictMaint.Predictor.Tests.Evaluation.Multivariate;

public sealed class MultivariateEvaluationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pm-multivariate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A pump-like export: flow, current ∝ flow, pressure ∝ flow², temperature independent. From
    // row 600 to 699 the current decouples from the flow (a winding fault); the labels say so.
    private string WriteExport(string name, int seed, char separator)
    {
        var random = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var lines = new List<string> { string.Join(separator, "datetime", "flow_lpm", "pump_current_a", "pressure_kpa", "temp_c", "anomaly", "changepoint") };
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var t = 0; t < 1000; t++)
        {
            var fault = t is >= 600 and < 700;
            var flow = 4 + (0.5 * Gaussian());
            var current = (fault ? 2.6 - (0.3 * (flow - 4)) : 2 + (0.3 * (flow - 4))) + (0.03 * Gaussian());
            var pressure = (3 * flow * flow) + Gaussian();
            var temp = 15 + (0.5 * Gaussian());
            lines.Add(string.Join(separator, start.AddMinutes(10 * t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Format(flow), Format(current), Format(pressure), Format(temp), fault ? "1" : "0", t == 600 ? "1" : "0"));
        }

        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    [Fact]
    public void Run_DecoupledSensorsInTwoExports_DetectsFaultWithFewFalseAlarms()
    {
        WriteExport("a.csv", 1, ';');
        WriteExport("b.csv", 2, ',');

        var result = MultivariateEvaluation.Run(MultivariateReader.ReadFolder(_folder));

        Assert.Equal(2, result.Files);
        Assert.True(result.F1 > 0.8, $"f1={result.F1}");
        Assert.InRange(result.FalseAlarmRate, 0, 0.03);
        Assert.InRange(result.MissedAlarmRate, 0, 0.2);
        Assert.True(result.ChangepointNab > 50, $"changepoint_nab={result.ChangepointNab}");
        Assert.StartsWith("multivariate files=2 f1=", result.LastLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FirmwareSimLabelledExport_EveryFileScoredAndFaultsFound()
    {
        var options = new FleetOptions
        {
            Devices = 6, Sites = 2, Duration = TimeSpan.FromDays(30), Seed = 3,
            SensorFaultsPerDeviceYear = 40, DryRunsPerDeviceYear = 20, LeaksPerDeviceYear = 4,
        };
        var report = new FleetExporter(options).Export(new DirectoryInfo(_folder), ExportFormat.Labelled);

        var files = MultivariateReader.ReadFolder(_folder);
        var result = MultivariateEvaluation.Run(files);

        Assert.Equal(6, result.Files);
        Assert.Equal(report.SamplesPublished, files.Sum(f => f.Rows.Count));
        Assert.True(files.Sum(f => f.Changepoint.Count(c => c)) > 0, "the fleet's faults are labelled");
        Assert.InRange(result.FalseAlarmRate, 0, 0.1);
        Assert.True(result.MissedAlarmRate < 0.95, $"mar={result.MissedAlarmRate}: the detector should find some of the injected faults");
    }

    [Fact]
    public void Read_EmptyCell_RepeatsPreviousValue()
    {
        var path = Path.Combine(_folder, "gap.csv");
        File.WriteAllLines(path, ["timestamp,s1,anomaly,changepoint", "2026-01-01 00:00:00,1.5,0,0", "2026-01-01 00:01:00,,0,0"]);
        var file = MultivariateReader.Read(path);
        Assert.Equal(1.5, file.Rows[1][0]);
        Assert.Equal(["s1"], file.Sensors);
    }

    [Fact]
    public void Read_LeadingEmptyCells_TakeTheFirstValue()
    {
        var path = Path.Combine(_folder, "late.csv");
        File.WriteAllLines(path, ["timestamp,s1,s2,anomaly,changepoint", "2026-01-01 00:00:00,,7,0,0", "2026-01-01 00:01:00,,8,0,0", "2026-01-01 00:02:00,2.5,,0,0"]);
        var file = MultivariateReader.Read(path);
        Assert.Equal([2.5, 2.5, 2.5], file.Rows.Select(r => r[0]));
        Assert.Equal([7.0, 8, 8], file.Rows.Select(r => r[1]));
    }

    [Fact]
    public void Read_ColumnWithoutAnyValue_ErrorNamesIt()
    {
        var path = Path.Combine(_folder, "empty.csv");
        File.WriteAllLines(path, ["timestamp,s1,s2,anomaly,changepoint", "2026-01-01 00:00:00,1,,0,0", "2026-01-01 00:01:00,2,,0,0"]);
        var error = Assert.Throws<InvalidDataException>(() => MultivariateReader.Read(path));
        Assert.EndsWith("empty.csv: 's2' has no value in any row.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-01 00:01:00;abc;0;0", "gap.csv:3: 's1' value 'abc' is not a number.")]
    [InlineData("2026-01-01 00:01:00;2;0;5", "gap.csv:3: label '5' is not 0 or 1.")]
    [InlineData("2025-12-31 00:00:00;2;0;0", "gap.csv:3: timestamps must not go backwards.")]
    [InlineData("2026-01-01 00:01:00;2;0", "gap.csv:3: 3 fields, the header has 4.")]
    public void Read_BadRow_ErrorNamesFileAndLine(string badLine, string expectedEnd)
    {
        var path = Path.Combine(_folder, "gap.csv");
        File.WriteAllLines(path, ["datetime;s1;anomaly;changepoint", "2026-01-01 00:00:00;1;0;0", badLine]);
        var error = Assert.Throws<InvalidDataException>(() => MultivariateReader.Read(path));
        Assert.EndsWith(expectedEnd, error.Message, StringComparison.Ordinal);
    }
}
