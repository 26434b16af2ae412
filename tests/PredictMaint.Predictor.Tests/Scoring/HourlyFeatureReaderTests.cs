using System.Globalization;
using System.Text;
using PredictMaint.Platform.Influx;
using PredictMaint.Predictor.Scoring;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Predictor.Tests.Scoring;

/// <summary>The hourly rollups read for each device of a chunk, against a real InfluxDB.</summary>
public sealed class HourlyFeatureReaderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _http = new();
    private InfluxServer _server = null!;
    private InfluxClient _influx = null!;

    public async Task InitializeAsync()
    {
        _server = await InfluxServer.StartNewAsync();
        _influx = new InfluxClient(_http, new InfluxClientOptions { Url = _server.Url, Database = "rollups" });
        await _influx.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ReadAsync_DevicesAtDifferentPointsOfTheirGrid_EachGetsTheHoursItsDueEvaluationsNeed()
    {
        var window = new PredictorOptions().PumpWindow.TotalHours; // 336, the longer rule window
        await WriteHoursAsync("behind", Enumerable.Range(0, 800));
        await WriteHoursAsync("new", Enumerable.Range(0, 800));
        await WriteHoursAsync("back", [.. Enumerable.Range(0, 100), .. Enumerable.Range(3000, 10)]);
        await WriteHoursAsync("far-behind", Enumerable.Range(0, 2200));
        var reader = new HourlyFeatureReader(_influx, new PredictorOptions());
        DeviceKey[] keys = [new("site-1", "behind"), new("site-1", "new"), new("site-1", "back"), new("site-1", "far-behind")];

        var read = await reader.ReadAsync(keys, new Dictionary<DeviceKey, DateTimeOffset>
        {
            [keys[0]] = Start.AddHours(500),
            [keys[2]] = Start.AddHours(99),
            [keys[3]] = Start.AddHours(23),
        });

        // Scored up to hour 500: the window before it and everything since, oldest first.
        Assert.Equal(HoursOf(Enumerable.Range(500 - (int)window, 300 + (int)window)), read["site-1/behind"].Hours);
        // Never scored: the newest window and the hour after it.
        Assert.Equal(HoursOf(Enumerable.Range(800 - (int)window - 1, (int)window + 1)), read["site-1/new"].Hours);
        // Back after four months offline: its new hours, not only the old window.
        Assert.Equal(Start.AddHours(3009), read["site-1/back"].Hours[^1]);
        // A backlog beyond what one read carries: the oldest part now, the rest next cycle.
        Assert.Equal(HoursOf(Enumerable.Range(0, (int)window + 1 + HourlyFeatureReader.CatchUpHours)), read["site-1/far-behind"].Hours);
        Assert.Equal(3.0, read["site-1/behind"].VibrationRmsMean[0]);
    }

    private static DateTimeOffset[] HoursOf(IEnumerable<int> hours) => [.. hours.Select(h => Start.AddHours(h))];

    private Task WriteHoursAsync(string device, IEnumerable<int> hours)
    {
        var lines = new StringBuilder();
        foreach (var hour in hours)
        {
            var nanoseconds = (Start.AddHours(hour) - DateTimeOffset.UnixEpoch).Ticks * 100;
            lines.Append(CultureInfo.InvariantCulture, $"{HourlyFeatureReader.Measurement},site=site-1,device={device},model=aqua-400 vibration_rms_mm_s_mean=3,pump_running_mean=1 {nanoseconds}\n");
        }

        return _influx.WriteLinesAsync(lines.ToString(), WritePrecision.Nanoseconds);
    }
}
