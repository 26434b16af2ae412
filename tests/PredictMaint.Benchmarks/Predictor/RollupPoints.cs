using PredictMaint.Platform.Influx;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Benchmarks.Predictor;

/// <summary>
/// A device's hourly rollups as ingest's rollup query writes them (<c>SELECT mean(…), min(…),
/// max(…), count(…) INTO telemetry_1h … GROUP BY time(1h), *</c>): measurement
/// <c>telemetry_1h</c>, tags site, device, model, for each channel <c>_mean</c>, <c>_min</c>,
/// <c>_max</c> (floats) and <c>_count</c> (integer), at the hour's start. Only the six channels the
/// predictor reads are written: the others' fields are never selected by its query, and each
/// field is stored apart, so they would cost write time here but not read time.
/// </summary>
internal static class RollupPoints
{
    /// <summary>10 s samples: the hour's count for every channel (idle minutes report too).</summary>
    private const long SamplesPerHour = 360;

    public static IEnumerable<PointData> From(HourlyFeatures features, string model)
    {
        for (var i = 0; i < features.Hours.Length; i++)
        {
            var running = features.PumpRunningMean[i];
            var point = PointData.Measurement(HourlyFeatureReader.Measurement)
                .Tag("site", features.SiteId)
                .Tag("device", features.DeviceId)
                .Tag("model", model);
            point = Channel(point, "vibration_rms_mm_s", features.VibrationRmsMean[i], running);
            point = Channel(point, "vibration_kurtosis", features.VibrationKurtosisMean[i], running, idle: 3.0);
            point = Channel(point, "pump_running", running, running);
            point = Channel(point, "pump_current_a", features.PumpCurrentMean[i], running);
            point = Channel(point, "flow_lpm", features.FlowMean[i], running);
            point = Channel(point, "pressure_drop_kpa", features.PressureDropMean[i], running);
            point = Channel(point, "inlet_pressure_kpa", features.InletPressureMean[i], running, idle: features.InletPressureMean[i]);
            point = Channel(point, "outlet_pressure_kpa", features.OutletPressureMean[i], running, idle: features.InletPressureMean[i]);
            yield return point.Timestamp(features.Hours[i]);
        }
    }

    // The predictor reads only the mean; min and max are plausible (idle minutes read the idle
    // value, running minutes the value the mean implies), so the points carry the rollup's field set.
    private static PointData Channel(PointData point, string channel, double mean, double running, double idle = 0.0)
    {
        var whileRunning = running > 0 ? (mean - ((1 - running) * idle)) / running : idle;
        return point
            .Field(channel + "_mean", mean)
            .Field(channel + "_min", running < 1 ? Math.Min(idle, whileRunning) : whileRunning)
            .Field(channel + "_max", running > 0 ? Math.Max(idle, whileRunning) : idle)
            .Field(channel + "_count", SamplesPerHour);
    }
}
