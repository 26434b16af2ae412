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
        var devices = new SortedSet<DeviceKey>(Comparer<DeviceKey>.Create((a, b) =>
            string.CompareOrdinal(a.SiteId, b.SiteId) is var bySite and not 0 ? bySite : string.CompareOrdinal(a.DeviceId, b.DeviceId)));
        foreach (var row in series.SelectMany(s => s.Rows))
        {
            var tags = SeriesKey.Tags(row.GetString("key") ?? string.Empty);
            if (tags.TryGetValue("site", out var site) && tags.TryGetValue("device", out var device))
            {
                devices.Add(new DeviceKey(site, device));
            }
        }

        return [.. devices];
    }
}
