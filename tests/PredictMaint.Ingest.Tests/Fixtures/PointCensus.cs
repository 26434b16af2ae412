using System.Globalization;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest.Tests.Fixtures;

/// <summary>Counts what InfluxDB holds per device and per message sequence, to compare with what was published.</summary>
public static class PointCensus
{
    public static async Task<long> TotalAsync(InfluxClient query)
    {
        try
        {
            var series = await query.QueryAsync("SELECT count(flow_lpm) FROM telemetry");
            return series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
        }
        catch (InfluxException)
        {
            return -1;
        }
    }

    /// <summary>Describes every (device, sequence) whose point count differs from the expected one; empty when all match.</summary>
    public static async Task<IReadOnlyList<string>> MismatchesAsync(InfluxClient query, LoadPublisher load, long firstSequence, long lastSequence)
    {
        var problems = new List<string>();
        for (var device = 0; device < load.Devices; device++)
        {
            var id = LoadPublisher.DeviceId(device);
            var series = await query.QueryAsync($"SELECT seq FROM telemetry WHERE device = {InfluxQl.QuoteString(id)}");
            var perSequence = series.SelectMany(s => s.Rows).GroupBy(r => r.GetInt64("seq") ?? -1).ToDictionary(g => g.Key, g => g.Count());
            for (var sequence = firstSequence; sequence <= lastSequence; sequence++)
            {
                var count = perSequence.GetValueOrDefault(sequence);
                if (count != load.SamplesPerMessage)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{id} seq {sequence}: {count} points"));
                }
            }
        }

        return problems;
    }
}
