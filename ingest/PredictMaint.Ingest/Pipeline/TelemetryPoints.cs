using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>
/// Maps a telemetry message to InfluxDB points: measurement <c>telemetry</c>, tags site, device,
/// model, one field per reading plus the message sequence. Same device and timestamp give the
/// same point, so a redelivered message overwrites instead of duplicating.
/// </summary>
public static class TelemetryPoints
{
    public const string Measurement = "telemetry";

    public static List<PointData> From(TelemetryMessage message)
    {
        var points = new List<PointData>(message.Samples.Count);
        foreach (var sample in message.Samples)
        {
            var point = PointData.Measurement(Measurement)
                .Tag("site", message.SiteId)
                .Tag("device", message.DeviceId)
                .Tag("model", message.Model)
                .Field("seq", message.Sequence);
            foreach (var channel in TelemetryChannel.All)
            {
                if (channel.Read(sample) is { } value && double.IsFinite(value))
                {
                    point = point.Field(channel.FieldName, value);
                }
            }

            points.Add(point.Timestamp(sample.Timestamp));
        }

        return points;
    }
}
