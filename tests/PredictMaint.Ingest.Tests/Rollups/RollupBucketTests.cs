using PredictMaint.Ingest.Rollups;

namespace PredictMaint.Ingest.Tests.Rollups;

public sealed class RollupBucketTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void HourOf_AnyTime_UtcHourHoldingIt()
    {
        var bucket = RollupBucket.HourOf(new DateTimeOffset(2026, 1, 5, 13, 59, 59, TimeSpan.FromHours(8)));

        Assert.Equal((new DateTimeOffset(2026, 1, 5, 5, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1)), (bucket.Start, bucket.End - bucket.Start));
    }

    [Fact]
    public void DayOf_SpringForwardInBerlin_Is23HoursFromLocalMidnight()
    {
        var bucket = RollupBucket.DayOf(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero), "s", Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), bucket.Start);
        Assert.Equal(TimeSpan.FromHours(23), bucket.End - bucket.Start);
    }

    [Fact]
    public void DayOf_FallBackInBerlin_Is25Hours()
    {
        var bucket = RollupBucket.DayOf(new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero), "s", Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero), bucket.Start);
        Assert.Equal(TimeSpan.FromHours(25), bucket.End - bucket.Start);
    }

    [Fact]
    public void DayOf_JustBeforeLocalMidnight_BelongsToThatLocalDay()
    {
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

        var bucket = RollupBucket.DayOf(new DateTimeOffset(2026, 1, 5, 18, 29, 0, TimeSpan.Zero), "s", kolkata);

        Assert.Equal(new DateTimeOffset(2026, 1, 4, 18, 30, 0, TimeSpan.Zero), bucket.Start);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 18, 30, 0, TimeSpan.Zero), bucket.End);
    }

    [Fact]
    public void LocalMidnight_SkippedByDst_FirstExistingLocalTime()
    {
        // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var start = RollupBucket.LocalMidnight(new DateTime(2026, 9, 6), santiago);

        Assert.Equal(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero), start);
    }
}
