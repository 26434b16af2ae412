using System.Security.Cryptography;
using PredictMaint.FirmwareSim.Export;
using PredictMaint.FirmwareSim.Fleet;

namespace PredictMaint.FirmwareSim.Tests.Export;

public sealed class FleetExporterTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pm-sim-export-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Export_SameSeed_ByteIdenticalFiles()
    {
        var options = new FleetOptions { Devices = 12, Sites = 3, Duration = TimeSpan.FromDays(10), Seed = 21, SensorFaultsPerDeviceYear = 20 };
        Assert.Equal(ExportAndHash(options, "a"), ExportAndHash(options, "b"));
    }

    [Fact]
    public void Export_DifferentSeed_DifferentFiles()
    {
        var options = new FleetOptions { Devices = 12, Sites = 3, Duration = TimeSpan.FromDays(10), Seed = 21 };
        var a = ExportAndHash(options, "a");
        var b = ExportAndHash(options with { Seed = 22 }, "b");
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a.Keys, name => Assert.NotEqual(a[name], b[name]));
    }

    [Fact]
    public void Export_SmallFleet_OneCsvPerDeviceWithEverySample()
    {
        var options = new FleetOptions { Devices = 4, Sites = 2, Duration = TimeSpan.FromDays(2) };
        var folder = _root.CreateSubdirectory("small");
        var report = new FleetExporter(options).Export(folder);
        Assert.Equal(4, folder.GetFiles("*.csv").Length);
        var lines = File.ReadAllLines(Path.Combine(folder.FullName, "pur-00001.csv"));
        Assert.Equal(1 + (2 * 24 * 6), lines.Length);
        Assert.StartsWith("ts,site,device,model,seq,inlet_pressure_kpa,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4 * 2 * 24 * 6, report.SamplesPublished);
    }

    private SortedDictionary<string, string> ExportAndHash(FleetOptions options, string name)
    {
        var folder = _root.CreateSubdirectory(name);
        var report = new FleetExporter(options).Export(folder);
        File.WriteAllBytes(Path.Combine(folder.FullName, "ground-truth.json"),
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(report, PredictMaint.FirmwareSim.GroundTruth.GroundTruthJsonContext.Default.GroundTruthReport));
        return new SortedDictionary<string, string>(
            folder.GetFiles().ToDictionary(f => f.Name, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.FullName)))), StringComparer.Ordinal);
    }
}
