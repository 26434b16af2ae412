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
            point = AddIfPresent(point, "inlet_pressure_kpa", sample.InletPressureKpa);
            point = AddIfPresent(point, "outlet_pressure_kpa", sample.OutletPressureKpa);
            point = AddIfPresent(point, "pressure_drop_kpa", sample.PressureDropKpa);
            point = AddIfPresent(point, "flow_lpm", sample.FlowLitresPerMinute);
            point = AddIfPresent(point, "water_temp_c", sample.WaterTemperatureCelsius);
            point = AddIfPresent(point, "pump_current_a", sample.PumpCurrentAmps);
            point = AddIfPresent(point, "vibration_rms_mm_s", sample.VibrationRmsMillimetresPerSecond);
            points.Add(point.Timestamp(sample.Timestamp));
        }

        return points;
    }

    private static PointData AddIfPresent(PointData point, string field, double? value) =>
        value is { } v && double.IsFinite(v) ? point.Field(field, v) : point;
}
