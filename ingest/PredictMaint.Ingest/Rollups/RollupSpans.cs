namespace PredictMaint.Ingest.Rollups;

/// <summary>
/// One rollup query's reach: <see cref="Window"/> is a run of consecutive buckets of one kind
/// (its <c>GROUP BY time(…)</c> still aggregates bucket by bucket) and <see cref="Devices"/> the
/// devices to recompute in it (null: every device, of <see cref="RollupBucket.SiteId"/> when set).
/// <see cref="Sources"/> are the pending buckets it stands for, to restore when it fails.
/// </summary>
public sealed record RollupSpan(RollupBucket Window, HashSet<string>? Devices, IReadOnlyList<KeyValuePair<RollupBucket, HashSet<string>?>> Sources);

/// <summary>
/// Groups the buckets of a pass into as few queries as give the same rollups. A fleet writes
/// every hour for most devices, and a backlog being replayed (after an outage, or the simulator
/// at speed) touches many hours at once: one query per hour and device chunk, and one per site
/// and day, cost InfluxDB far more in per-query work than in points read, so the rollups fell
/// behind the writes. Merged:
/// <list type="bullet">
/// <item>the same local day of several sites in one time zone, when each names its devices (the
/// query then selects by device, not site; a device id shared by two sites is recomputed in
/// both, which is harmless because recomputing is idempotent);</item>
/// <item>consecutive buckets of the same kind, site and zone, up to <c>maxBuckets</c>, when their
/// device sets mostly agree (<see cref="MinimumOverlap"/> of the union), so a merge never makes a
/// query recompute many device-hours nobody wrote to.</item>
/// </list>
/// Pure.
/// </summary>
public static class RollupSpans
{
    /// <summary>Share of the union of two device sets their intersection must reach to be merged.</summary>
    public const double MinimumOverlap = 0.75;

    public static IReadOnlyList<RollupSpan> Coalesce(IReadOnlyList<KeyValuePair<RollupBucket, HashSet<string>?>> buckets, int maxBuckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBuckets, 1);
        var spans = new List<RollupSpan>();
        foreach (var run in SameDayAcrossSites(buckets)
            .GroupBy(s => (s.Window.Kind, s.Window.SiteId, s.Window.TimeZoneId, AllDevices: s.Devices is null))
            .Select(g => g.OrderBy(s => s.Window.Start)))
        {
            RollupSpan? open = null;
            var length = 0;
            foreach (var next in run)
            {
                if (open is not null && length < maxBuckets && next.Window.Start == open.Window.End && Overlapping(open.Devices, next.Devices))
                {
                    open = Join(open, next, open.Window with { End = next.Window.End });
                    length++;
                    continue;
                }

                if (open is not null)
                {
                    spans.Add(open);
                }

                open = next;
                length = 1;
            }

            if (open is not null)
            {
                spans.Add(open);
            }
        }

        return [.. spans.OrderBy(s => s.Window.Start).ThenBy(s => s.Window.Kind)];
    }

    // Daily buckets that name their devices, one per (day, zone), site dropped; everything else as it is.
    private static IEnumerable<RollupSpan> SameDayAcrossSites(IReadOnlyList<KeyValuePair<RollupBucket, HashSet<string>?>> buckets)
    {
        var singles = buckets.Where(b => b.Key.Kind != RollupKind.Daily || b.Value is null).Select(b => new RollupSpan(b.Key, b.Value, [b]));
        var days = buckets.Where(b => b.Key.Kind == RollupKind.Daily && b.Value is not null)
            .GroupBy(b => b.Key with { SiteId = null })
            .Select(g => g.Select(b => new RollupSpan(b.Key, b.Value, [b])).Aggregate((a, b) => Join(a, b, g.Key)));
        return singles.Concat(days);
    }

    private static RollupSpan Join(RollupSpan a, RollupSpan b, RollupBucket window)
    {
        HashSet<string>? devices = null;
        if (a.Devices is not null && b.Devices is not null)
        {
            devices = new HashSet<string>(a.Devices, StringComparer.Ordinal);
            devices.UnionWith(b.Devices);
        }

        return new RollupSpan(window, devices, [.. a.Sources, .. b.Sources]);
    }

    private static bool Overlapping(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var common = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return common >= MinimumOverlap * (a.Count + b.Count - common);
    }
}
