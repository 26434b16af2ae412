namespace PredictMaint.Ingest.Rollups;

/// <summary>
/// One aggregation window: an hour (UTC) for every site, or a local day of one site (its start and
/// end are the site's local midnights, so 23 or 25 hours long on DST change days).
/// </summary>
public readonly record struct RollupBucket(RollupKind Kind, string? SiteId, DateTimeOffset Start, DateTimeOffset End, string TimeZoneId)
{
    public static RollupBucket HourOf(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var start = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        return new RollupBucket(RollupKind.Hourly, null, start, start.AddHours(1), "UTC");
    }

    /// <summary>The local day of <paramref name="siteId"/> (in <paramref name="zone"/>) that holds <paramref name="time"/>.</summary>
    public static RollupBucket DayOf(DateTimeOffset time, string siteId, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localDate = TimeZoneInfo.ConvertTime(time, zone).Date;
        return new RollupBucket(RollupKind.Daily, siteId, LocalMidnight(localDate, zone), LocalMidnight(localDate.AddDays(1), zone), zone.Id);
    }

    /// <summary>
    /// The instant a local date begins. Where a DST jump skips midnight (e.g. America/Santiago), the
    /// day begins at the first local time that exists.
    /// </summary>
    public static DateTimeOffset LocalMidnight(DateTime localDate, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(localDate.Date, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // An ambiguous midnight (clocks fall back across it) begins at its first occurrence: the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
