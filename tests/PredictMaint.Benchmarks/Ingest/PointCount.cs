using PredictMaint.Platform.Influx;

namespace PredictMaint.Benchmarks.Ingest;

/// <summary>How many benchmark points a database holds (every point carries <c>flow_lpm</c>).</summary>
internal static class PointCount
{
    public static async Task<long> InAsync(HttpClient http, Uri url, string database)
    {
        var influx = new InfluxClient(http, new InfluxClientOptions { Url = url, Database = database });
        var series = await influx.QueryAsync("SELECT count(flow_lpm) FROM telemetry");
        return series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
    }
}
