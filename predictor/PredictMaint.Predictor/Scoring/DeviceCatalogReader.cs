using PredictMaint.Platform.Influx;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Lists the devices that have raw samples or hourly rollups, from InfluxDB's series index
/// (<c>SHOW SERIES</c>: no points are read), so the readers can fetch them a chunk at a time.
/// </summary>
public sealed class DeviceCatalogReader(InfluxClient influx)
{
    /// <summary>Every (site, device) once, ordered by site then device.</summary>
    public async Task<IReadOnlyList<DeviceKey>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var series = await influx.QueryAsync(
            $"SHOW SERIES FROM {InfluxQl.QuoteIdentifier(TelemetryWindowReader.Measurement)}, {InfluxQl.QuoteIdentifier(HourlyFeatureReader.Measurement)}",
            cancellationToken);
        return
        [
            .. series.SelectMany(s => s.Rows)
                .Select(row => SeriesKey.Tags(row.GetString("key") ?? string.Empty))
                .Where(tags => tags.ContainsKey("site") && tags.ContainsKey("device"))
                .Select(tags => new DeviceKey(tags["site"], tags["device"]))
                .Distinct()
                .OrderBy(d => d.SiteId, StringComparer.Ordinal)
                .ThenBy(d => d.DeviceId, StringComparer.Ordinal),
        ];
    }
}
