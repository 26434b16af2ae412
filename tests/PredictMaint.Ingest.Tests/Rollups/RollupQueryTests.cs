using PredictMaint.Ingest.Rollups;

namespace PredictMaint.Ingest.Tests.Rollups;

public sealed class RollupQueryTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void For_Devices_AreBoundParametersNotText()
    {
        var hostile = "x' OR '1'='1";

        var (statement, parameters) = RollupQuery.For(RollupBucket.HourOf(Start), "telemetry_1h", ["dev-1", hostile]);

        Assert.DoesNotContain(hostile, statement, StringComparison.Ordinal);
        Assert.Equal(hostile, parameters["d1"]);
        Assert.Contains("device = $d0 OR device = $d1", statement, StringComparison.Ordinal);
        Assert.Contains("GROUP BY time(1h), *", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void For_DailyBucket_SiteBoundAndLocalZoneGrouping()
    {
        var bucket = RollupBucket.DayOf(Start, "site-9", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        var (statement, parameters) = RollupQuery.For(bucket, "telemetry_1d", null);

        Assert.Equal("site-9", parameters["site"]);
        Assert.EndsWith("GROUP BY time(1d), * tz('Asia/Shanghai')", statement, StringComparison.Ordinal);
        Assert.Contains("mean(\"pressure_drop_kpa\") AS \"pressure_drop_kpa_mean\"", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("device =", statement, StringComparison.Ordinal);
    }
}
