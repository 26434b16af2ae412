using System.Globalization;
using PredictMaint.Platform.Metrics;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Metrics;

/// <summary>Renders <see cref="PredictorStatus"/> for <c>GET /metrics</c> in the Prometheus text format.</summary>
public static class PredictorMetrics
{
    public static string Render(PredictorStatus status, PredictorOptions options)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(options);
        return new PrometheusWriter()
            .Counter("pm_predictor_cycles_total", "Scoring cycles completed.", status.CyclesCompleted)
            .Counter("pm_predictor_cycle_failures_total", "Scoring cycles that failed and were retried at the next interval.", status.Failures)
            .Counter("pm_predictor_devices_scored_total", "Devices with at least one due evaluation, summed over cycles.", status.DevicesScored)
            .Counter("pm_predictor_evaluations_total", "Evaluations of a device's rules at one grid time (filter on raw samples; bearing and pump on rollups).", status.Evaluations)
            .Counter("pm_predictor_sensor_suspect_evaluations_total", "Evaluations in which a rule was left unknown because a sensor it reads looked faulty.", status.SensorSuspectEvaluations)
            .Counter(
                "pm_predictor_predictions_sent_total",
                "Predictions ticketing accepted: new (first of an episode) or changed (material change of one sent before).",
                [
                    MetricSample.Of("kind", "new", status.PredictionsSent - status.PredictionsChanged),
                    MetricSample.Of("kind", "changed", status.PredictionsChanged),
                ])
            .Counter("pm_predictor_retractions_sent_total", "Retractions ticketing accepted.", status.RetractionsSent)
            .Counter("pm_predictor_maintenance_events_total", "Maintenance visits received over MQTT.", status.MaintenanceEvents)
            .Counter("pm_predictor_influx_read_errors_total", "Failed reads from InfluxDB (device list, raw windows, hourly rollups).", status.InfluxReadErrors)
            .Counter("pm_predictor_ticketing_errors_total", "Predictions or retractions ticketing refused or did not answer.", status.TicketingErrors)
            .Gauge("pm_predictor_devices_owned", "Devices this instance owned (its partition) in the last cycle.", status.DevicesLastCycle)
            .Gauge(
                "pm_predictor_last_cycle_timestamp_seconds",
                "Unix time the last cycle completed; 0 before the first.",
                status.LastCycleAt is { } at ? at.ToUnixTimeMilliseconds() / 1000.0 : 0)
            .Gauge(
                "pm_predictor_partition_info",
                "This instance's partition of the fleet (devices by stable hash modulo partitions).",
                [new MetricSample([Label("partition", options.Partition), Label("partitions", options.Partitions)], 1)])
            .Histogram("pm_predictor_cycle_duration_seconds", "Wall time of one scoring cycle.", status.CycleDuration)
            .ToString();
    }

    private static MetricLabel Label(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));
}
