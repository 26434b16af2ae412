using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// A message on <c>pm/v1/{site}/{device}/events</c>: something happened on the device, e.g. a
/// remote configuration was applied or rejected (with the reason). Maintenance visits on the same
/// topic are <see cref="MaintenanceEvent"/>; both carry <c>kind</c> to tell them apart.
/// </summary>
public sealed record DeviceEvent
{
    public const int CurrentSchemaVersion = 1;
    public const string ConfigApplied = "config_applied";
    public const string ConfigRejected = "config_rejected";

    [JsonPropertyName("v")]
    public required int SchemaVersion { get; init; }

    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("device")]
    public required string DeviceId { get; init; }

    [JsonPropertyName("ts")]
    public required DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("config_version")]
    public string? ConfigVersion { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
