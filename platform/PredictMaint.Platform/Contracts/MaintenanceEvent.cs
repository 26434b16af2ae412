using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>
/// A field visit that serviced one component, published by the device (or the technician's app)
/// on <c>pm/v1/{site}/{device}/events</c> (QoS 1). Models use it to restart a component's life;
/// the time is device time.
/// </summary>
public sealed record MaintenanceEvent
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Value of <see cref="Kind"/>: every message on the events topic carries a <c>kind</c>.</summary>
    public const string MaintenanceKind = "maintenance";

    /// <summary>The component was swapped for a new one.</summary>
    public const string Replaced = "replaced";

    /// <summary>The component was repaired or cleaned in place (its condition may not be as new).</summary>
    public const string Repaired = "repaired";

    [JsonPropertyName("v")]
    public required int SchemaVersion { get; init; }

    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("device")]
    public required string DeviceId { get; init; }

    [JsonPropertyName("ts")]
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>
    /// Discriminator shared with <see cref="DeviceEvent"/> on the same topic, so a consumer can
    /// tell a maintenance visit from a configuration acknowledgement before reading the rest.
    /// </summary>
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = MaintenanceKind;

    /// <summary>One of <see cref="Contracts.Component"/>, or <c>plumbing</c> for a fixed leak.</summary>
    [JsonPropertyName("component")]
    public required string Component { get; init; }

    /// <summary><see cref="Replaced"/> or <see cref="Repaired"/>.</summary>
    [JsonPropertyName("action")]
    public required string Action { get; init; }

    /// <summary>Free text from the technician, e.g. what was found.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}
