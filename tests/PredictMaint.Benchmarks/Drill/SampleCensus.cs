using PredictMaint.Platform.Influx;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Samples stored per device: <c>count(seq)</c> of <c>telemetry</c> grouped by device. Every stored
/// sample carries its message's <c>seq</c>, and a redelivered sample overwrites its own point, so
/// this counts distinct samples.
/// </summary>
internal static class SampleCensus
{
    public static async Task<IReadOnlyDictionary<string, long>> StoredPerDeviceAsync(InfluxClient influx, CancellationToken cancellationToken)
    {
        var series = await influx.QueryAsync("SELECT count(seq) FROM \"telemetry\" GROUP BY device", cancellationToken);
        return series.Where(s => s.Rows.Count > 0 && s.Tags.ContainsKey("device"))
            .ToDictionary(s => s.Tags["device"], s => s.Rows[0].GetInt64("count") ?? 0, StringComparer.Ordinal);
    }

    /// <summary>Published (or acknowledged) minus stored, per device, where positive.</summary>
    public static IReadOnlyDictionary<string, long> Missing(IReadOnlyDictionary<string, long> expected, IReadOnlyDictionary<string, long> stored) =>
        expected.Select(e => (e.Key, Missing: e.Value - stored.GetValueOrDefault(e.Key)))
            .Where(e => e.Missing > 0)
            .ToDictionary(e => e.Key, e => e.Missing, StringComparer.Ordinal);
}
