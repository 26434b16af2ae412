using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// A message on <c>pm/v1/{site}/{device}/events</c> (QoS 1, device time): something happened on
/// the device. <see cref="Kind"/> says what: a remote configuration was applied or rejected (with
/// <see cref="ConfigVersion"/> and <see cref="Reason"/>), or a field visit serviced a component
/// (<see cref="Component"/>, <see cref="Action"/>, <see cref="Note"/>); models use maintenance
/// events to restart a component's life.
/// </summary>
public sealed record DeviceEvent
{
    public const int CurrentSchemaVersion = 1;
    public const string ConfigApplied = "config_applied";
    public const string ConfigRejected = "config_rejected";
    public const string Maintenance = "maintenance";

    /// <summary>Maintenance <see cref="Action"/>: the component was swapped for a new one.</summary>
    public const string Replaced = "replaced";

    /// <summary>Maintenance <see cref="Action"/>: repaired or cleaned in place (maybe not as new).</summary>
    public const string Repaired = "repaired";

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

    /// <summary>One of <see cref="Contracts.Component"/>, or <c>plumbing</c> for a fixed leak.</summary>
    [JsonPropertyName("component")]
    public string? Component { get; init; }

    /// <summary><see cref="Replaced"/> or <see cref="Repaired"/>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    /// <summary>Free text from the technician, e.g. what was found.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}
