using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace PredictMaint.Edge.Uplink;

/// <summary>
/// The retained message on <c>pm/v1/{site}/{device}/config</c>: the settings the cloud may change
/// at run time. A member left out keeps its current value.
/// </summary>
public sealed class RemoteConfiguration
{
    [Required]
    [StringLength(64, MinimumLength = 1)]
    [JsonPropertyName("config_version")]
    public string? ConfigVersion { get; set; }

    [Range(10, 3_600_000)]
    [JsonPropertyName("sample_interval_ms")]
    public int? SampleIntervalMilliseconds { get; set; }

    [Range(1, 10_000)]
    [JsonPropertyName("max_samples_per_message")]
    public int? MaxSamplesPerMessage { get; set; }

    [Range(0, 3_600_000)]
    [JsonPropertyName("max_batch_age_ms")]
    public int? MaxBatchAgeMilliseconds { get; set; }
}
