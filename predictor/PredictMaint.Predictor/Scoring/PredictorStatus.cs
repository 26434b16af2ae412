using System.Text.Json.Serialization;
using PredictMaint.Platform.Metrics;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Counters exposed on <c>GET /status</c> (JSON) and <c>GET /metrics</c> (Prometheus); cycles let
/// callers wait for a fresh evaluation. All counts are this instance's.
/// </summary>
public sealed class PredictorStatus
{
    /// <summary>A cycle reads and scores a chunk of devices at a time: sub-second for a few devices, minutes for 100,000.</summary>
    private static readonly double[] CycleBoundsSeconds = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

    private long _cyclesCompleted;
    private long _predictionsSent;
    private long _predictionsChanged;
    private long _failures;
    private long _retractionsSent;
    private long _maintenanceEvents;
    private long _devicesScored;
    private long _evaluations;
    private long _sensorSuspectEvaluations;
    private long _influxReadErrors;
    private long _ticketingErrors;
    private long _lastCycleUnixMilliseconds;

    [JsonPropertyName("cycles_completed")]
    public long CyclesCompleted => Interlocked.Read(ref _cyclesCompleted);

    /// <summary>Predictions sent to ticketing: first ones and material changes.</summary>
    [JsonPropertyName("predictions_sent")]
    public long PredictionsSent => Interlocked.Read(ref _predictionsSent);

    /// <summary>The share of <see cref="PredictionsSent"/> that replaced a prediction sent before.</summary>
    [JsonPropertyName("predictions_changed")]
    public long PredictionsChanged => Interlocked.Read(ref _predictionsChanged);

    [JsonPropertyName("retractions_sent")]
    public long RetractionsSent => Interlocked.Read(ref _retractionsSent);

    [JsonPropertyName("maintenance_events")]
    public long MaintenanceEvents => Interlocked.Read(ref _maintenanceEvents);

    /// <summary>Failed cycles (InfluxDB or ticketing unreachable…); each is retried at the next interval.</summary>
    [JsonPropertyName("failures")]
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Devices with at least one due evaluation, summed over cycles.</summary>
    [JsonPropertyName("devices_scored")]
    public long DevicesScored => Interlocked.Read(ref _devicesScored);

    /// <summary>Evaluations of a device's rules at one grid time (filter on raw samples, bearing and pump on rollups).</summary>
    [JsonPropertyName("evaluations")]
    public long Evaluations => Interlocked.Read(ref _evaluations);

    /// <summary>Evaluations in which a rule was left unknown because a sensor it reads looked faulty.</summary>
    [JsonPropertyName("sensor_suspect_evaluations")]
    public long SensorSuspectEvaluations => Interlocked.Read(ref _sensorSuspectEvaluations);

    [JsonPropertyName("influx_read_errors")]
    public long InfluxReadErrors => Interlocked.Read(ref _influxReadErrors);

    [JsonPropertyName("ticketing_errors")]
    public long TicketingErrors => Interlocked.Read(ref _ticketingErrors);

    /// <summary>Devices this instance owned (its partition) in the last cycle.</summary>
    [JsonPropertyName("devices_last_cycle")]
    public int DevicesLastCycle { get; private set; }

    /// <summary>When the last cycle completed (service clock), null before the first.</summary>
    [JsonPropertyName("last_cycle_at")]
    public DateTimeOffset? LastCycleAt => Interlocked.Read(ref _lastCycleUnixMilliseconds) is var ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    [JsonPropertyName("last_error")]
    public string? LastError { get; private set; }

    [JsonIgnore]
    public LatencyHistogram CycleDuration { get; } = new(CycleBoundsSeconds);

    public void CycleCompleted(int devices, TimeSpan duration, DateTimeOffset at)
    {
        DevicesLastCycle = devices;
        CycleDuration.Observe(duration);
        Interlocked.Exchange(ref _lastCycleUnixMilliseconds, at.ToUnixTimeMilliseconds());
        Interlocked.Increment(ref _cyclesCompleted);
    }

    public void DeviceScored(EvaluationTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        Interlocked.Increment(ref _devicesScored);
        Interlocked.Add(ref _evaluations, tally.Evaluations);
        Interlocked.Add(ref _sensorSuspectEvaluations, tally.SensorSuspect);
    }

    public void PredictionSent(bool changed)
    {
        if (changed)
        {
            Interlocked.Increment(ref _predictionsChanged);
        }

        Interlocked.Increment(ref _predictionsSent);
    }

    public void RetractionSent() => Interlocked.Increment(ref _retractionsSent);

    public void MaintenanceRecorded() => Interlocked.Increment(ref _maintenanceEvents);

    public void InfluxReadFailed() => Interlocked.Increment(ref _influxReadErrors);

    public void TicketingFailed() => Interlocked.Increment(ref _ticketingErrors);

    public void Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        LastError = exception.Message;
        Interlocked.Increment(ref _failures);
    }
}
