using PredictMaint.Ingest.Rollups;

namespace PredictMaint.Ingest.Tests.Rollups;

public sealed class RollupSpansTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Coalesce_ConsecutiveHoursOfTheSameDevices_OneSpanCoveringThemAll()
    {
        var buckets = Enumerable.Range(0, 5).Select(h => Hour(h, "a", "b", "c", "d")).ToList();

        var span = Assert.Single(RollupSpans.Coalesce(buckets, maxBuckets: 24));

        Assert.Equal((Start, Start.AddHours(5)), (span.Window.Start, span.Window.End));
        Assert.Equal(["a", "b", "c", "d"], span.Devices!.Order(StringComparer.Ordinal));
        Assert.Equal(buckets, span.Sources);
    }

    [Fact]
    public void Coalesce_GapBetweenHours_TwoSpans()
    {
        var spans = RollupSpans.Coalesce([Hour(0, "a"), Hour(1, "a"), Hour(3, "a")], maxBuckets: 24);

        Assert.Equal([(Start, Start.AddHours(2)), (Start.AddHours(3), Start.AddHours(4))], spans.Select(s => (s.Window.Start, s.Window.End)));
    }

    [Fact]
    public void Coalesce_MoreHoursThanTheCap_SplitIntoSpansOfAtMostTheCap()
    {
        var spans = RollupSpans.Coalesce([.. Enumerable.Range(0, 7).Select(h => Hour(h, "a"))], maxBuckets: 3);

        Assert.Equal([3, 3, 1], spans.Select(s => s.Sources.Count));
        Assert.Equal(Start.AddHours(7), spans[^1].Window.End);
    }

    [Fact]
    public void Coalesce_HoursOfMostlyOtherDevices_NotMerged()
    {
        // Merging would recompute every device in both hours: twice the device-hours written.
        var spans = RollupSpans.Coalesce([Hour(0, "a", "b", "c", "d"), Hour(1, "e", "f", "g", "h")], maxBuckets: 24);

        Assert.Equal(2, spans.Count);
        Assert.Equal(["a", "b", "c", "d"], spans[0].Devices!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Coalesce_SameDayOfSitesInOneZone_OneSpanByDeviceNotSite()
    {
        var spans = RollupSpans.Coalesce([Day(0, "site-1", Shanghai, "a"), Day(0, "site-2", Shanghai, "b"), Day(0, "site-3", TimeZoneInfo.Utc, "c")], maxBuckets: 24);

        Assert.Equal(2, spans.Count);
        var shanghai = Assert.Single(spans, s => s.Window.TimeZoneId == Shanghai.Id);
        Assert.Null(shanghai.Window.SiteId);
        Assert.Equal(["a", "b"], shanghai.Devices!.Order(StringComparer.Ordinal));
        Assert.Equal(2, shanghai.Sources.Count);
        Assert.Equal("site-3", Assert.Single(spans, s => s.Window.TimeZoneId != Shanghai.Id).Window.SiteId);
    }

    [Fact]
    public void Coalesce_DaysForAllDevicesOfASite_KeepTheSiteAndMergeOnlyItsOwnDays()
    {
        var buckets = new[] { Day(0, "site-1", Shanghai, null), Day(1, "site-1", Shanghai, null), Day(0, "site-2", Shanghai, null) };

        var spans = RollupSpans.Coalesce(buckets, maxBuckets: 24);

        Assert.All(spans, s => Assert.Null(s.Devices));
        var site1 = Assert.Single(spans, s => s.Window.SiteId == "site-1");
        Assert.Equal(buckets[1].Key.End, site1.Window.End);
        Assert.Single(spans, s => s.Window.SiteId == "site-2");
    }

    [Fact]
    public void Coalesce_AllDevicesNextToNamedDevices_NotMerged()
    {
        var spans = RollupSpans.Coalesce([Hour(0, "a"), new(RollupBucket.HourOf(Start.AddHours(1)), null)], maxBuckets: 24);

        Assert.Equal(2, spans.Count);
        Assert.Null(spans[1].Devices);
    }

    private static KeyValuePair<RollupBucket, HashSet<string>?> Hour(int hour, params string[] devices) =>
        new(RollupBucket.HourOf(Start.AddHours(hour)), [.. devices]);

    private static KeyValuePair<RollupBucket, HashSet<string>?> Day(int day, string site, TimeZoneInfo zone, string? device) =>
        new(RollupBucket.DayOf(Start.AddDays(day).AddHours(6), site, zone), device is null ? null : [device]);
}
