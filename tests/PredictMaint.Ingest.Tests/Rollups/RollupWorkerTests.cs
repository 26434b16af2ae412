using System.Globalization;
using PredictMaint.Ingest.Tests.Fixtures;
using PredictMaint.Platform.Influx;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Rollups;

/// <summary>Rollups computed by a real ingest from points in a real InfluxDB.</summary>
public sealed class RollupWorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private IngestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Rollups_MessagesOverThirtyHours_HourlyAndLocalDailyAggregatesMatchThePoints()
    {
        await _harness.StartIngestAsync(
            "ingest-rollups",
            "--Ingest:Rollups:Interval=00:00:00.200",
            "--Ingest:Rollups:MinimumAge=00:00:00",
            "--Ingest:Rollups:SiteTimeZones:site-1=Asia/Shanghai");
        await using var device = await _harness.ConnectAsync("device-r");
        const int Messages = 30;
        for (var seq = 1; seq <= Messages; seq++)
        {
            await IngestHarness.PublishAsync(device, "dev-r", seq);
            await IngestHarness.PublishAsync(device, "dev-s", seq);
        }

        // Each message: samples at +0, +10, +20 min of hour `seq`, pressure drop 30, 31, 32 kPa.
        var hourly = await WaitForRowsAsync("telemetry_1h", "dev-r", Messages);
        Assert.All(hourly, row => Assert.Equal((31.0, 30.0, 32.0, 3L), Aggregates(row)));
        Assert.Equal(
            Enumerable.Range(1, Messages).Select(h => new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero).AddHours(h)),
            hourly.Select(row => row.GetTime()));

        // Daily buckets follow Shanghai's local day (UTC+8), not the UTC day.
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var expected = Enumerable.Range(1, Messages)
            .SelectMany(h => Enumerable.Range(0, 3).Select(i => new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero).AddHours(h).AddMinutes(10 * i)))
            .GroupBy(t => TimeZoneInfo.ConvertTime(t, shanghai).Date)
            .Select(g => (Start: new DateTimeOffset(g.Key, shanghai.GetUtcOffset(g.Key)).ToUniversalTime(), Count: (long)g.Count()))
            .ToList();
        var daily = await WaitForRowsAsync("telemetry_1d", "dev-s", expected.Count, r => r.GetInt64("pressure_drop_kpa_count") == expected.Single(e => e.Start == r.GetTime()).Count);
        Assert.Equal(expected, daily.Select(row => (row.GetTime(), row.GetInt64("pressure_drop_kpa_count") ?? -1)));
    }

    private static (double?, double?, double?, long?) Aggregates(InfluxRow row) =>
        (row.GetDouble("pressure_drop_kpa_mean"), row.GetDouble("pressure_drop_kpa_min"), row.GetDouble("pressure_drop_kpa_max"), row.GetInt64("pressure_drop_kpa_count"));

    /// <summary>Waits until the measurement holds <paramref name="count"/> rows for the device, all satisfying <paramref name="complete"/>.</summary>
    private async Task<IReadOnlyList<InfluxRow>> WaitForRowsAsync(string measurement, string deviceId, int count, Func<InfluxRow, bool>? complete = null)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"SELECT * FROM {InfluxQl.QuoteIdentifier(measurement)} WHERE device = {InfluxQl.QuoteString(deviceId)}");
        return await Eventually.WaitAsync(
            async () =>
            {
                try
                {
                    var series = await _harness.Query.QueryAsync(query);
                    return series.Count == 0 ? [] : series[0].Rows;
                }
                catch (InfluxException)
                {
                    return [];
                }
            },
            rows => rows.Count == count && rows.All(complete ?? (_ => true)),
            Timeout,
            $"{count} complete rows of {deviceId} in {measurement}");
    }
}
