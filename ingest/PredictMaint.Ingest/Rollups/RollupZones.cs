using System.Collections.Concurrent;

namespace PredictMaint.Ingest.Rollups;

/// <summary>Each site's time zone for daily buckets, resolved once; unknown zone ids stop the start.</summary>
public sealed class RollupZones
{
    private readonly ConcurrentDictionary<string, TimeZoneInfo> _bySite = new(StringComparer.Ordinal);
    private readonly TimeZoneInfo _default;

    public RollupZones(RollupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _default = Resolve(options.DefaultTimeZone, "Ingest:Rollups:DefaultTimeZone");
        foreach (var (site, zone) in options.SiteTimeZones)
        {
            _bySite[site] = Resolve(zone, $"Ingest:Rollups:SiteTimeZones:{site}");
        }
    }

    public TimeZoneInfo For(string siteId) => _bySite.TryGetValue(siteId, out var zone) ? zone : _default;

    private static TimeZoneInfo Resolve(string id, string key) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new InvalidOperationException($"{key}='{id}' is not a known time zone; use an IANA id such as Europe/Berlin.");
}
