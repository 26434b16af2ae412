using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// Retained message on <c>pm/v1/{site}/{device}/status</c>: the device's birth message
/// (<see cref="Online"/> with its queue and sensor state, refreshed periodically) and its last
/// will (<see cref="Offline"/>, set by the broker when the connection is lost).
/// </summary>
public sealed record DeviceStatus
{
    public const int CurrentSchemaVersion = 1;
    public const string Online = "online";
    public const string Offline = "offline";

    [JsonPropertyName("v")]
    public required int SchemaVersion { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    /// <summary>Device time of the status; absent in a last will, which is fixed at connect time.</summary>
    [JsonPropertyName("ts")]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Samples stored on the device and not yet acknowledged by the broker.</summary>
    [JsonPropertyName("queue_depth")]
    public long? QueueDepth { get; init; }

    /// <summary>Samples the device's queue dropped (oldest first) because it was full, since it was installed.</summary>
    [JsonPropertyName("dropped_count")]
    public long? DroppedCount { get; init; }

    [JsonPropertyName("last_publish")]
    public DateTimeOffset? LastPublish { get; init; }

    /// <summary>Channel field name → <c>ok</c>, <c>stuck</c>, <c>out_of_range</c> or <c>disconnected</c>.</summary>
    [JsonPropertyName("sensors")]
    public IReadOnlyDictionary<string, string>? Sensors { get; init; }

    /// <summary>Channel field name → why its latest read failed (e.g. a Modbus timeout), for channels that failed; absent when none did.</summary>
    [JsonPropertyName("sensor_errors")]
    public IReadOnlyDictionary<string, string>? SensorErrors { get; init; }

    /// <summary>Digital inputs (e.g. <c>pump_running</c>, <c>leak</c>) after debounce.</summary>
    [JsonPropertyName("inputs")]
    public IReadOnlyDictionary<string, bool>? Inputs { get; init; }

    /// <summary>Version of the remote configuration in force, if one was applied.</summary>
    [JsonPropertyName("config_version")]
    public string? ConfigVersion { get; init; }
}
