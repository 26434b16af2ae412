using System.Text.Json.Serialization;

namespace PredictMaint.Predictor.Scoring;

/// <summary>Counters exposed on <c>GET /status</c>; cycles let callers wait for a fresh evaluation.</summary>
public sealed class PredictorStatus
{
    private long _cyclesCompleted;
    private long _predictionsSent;
    private long _failures;
    private long _retractionsSent;
    private long _maintenanceEvents;

    [JsonPropertyName("cycles_completed")]
    public long CyclesCompleted => Interlocked.Read(ref _cyclesCompleted);

    [JsonPropertyName("predictions_sent")]
    public long PredictionsSent => Interlocked.Read(ref _predictionsSent);

    [JsonPropertyName("retractions_sent")]
    public long RetractionsSent => Interlocked.Read(ref _retractionsSent);

    [JsonPropertyName("maintenance_events")]
    public long MaintenanceEvents => Interlocked.Read(ref _maintenanceEvents);

    [JsonPropertyName("failures")]
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Devices this instance owned (its partition) in the last cycle.</summary>
    [JsonPropertyName("devices_last_cycle")]
    public int DevicesLastCycle { get; private set; }

    [JsonPropertyName("last_error")]
    public string? LastError { get; private set; }

    public void CycleCompleted(int devices)
    {
        DevicesLastCycle = devices;
        Interlocked.Increment(ref _cyclesCompleted);
    }

    public void PredictionSent() => Interlocked.Increment(ref _predictionsSent);

    public void RetractionSent() => Interlocked.Increment(ref _retractionsSent);

    public void MaintenanceRecorded() => Interlocked.Increment(ref _maintenanceEvents);

    public void Failed(Exception exception)
    {
        LastError = exception.Message;
        Interlocked.Increment(ref _failures);
    }
}
