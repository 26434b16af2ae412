using System.Text.Json.Serialization;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>
/// An injected fault: a sensor misreporting (<c>stuck</c>, <c>drift</c>, <c>spikes</c>, <c>dropout</c>,
/// <c>wrong_scaling</c> on <see cref="Channel"/>) or a process episode (<c>dry_run</c>, <c>leak</c>).
/// </summary>
internal sealed record FaultTruth
{
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>The telemetry field affected; null for process episodes.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("start")]
    public required DateTimeOffset Start { get; init; }

    [JsonPropertyName("end")]
    public required DateTimeOffset End { get; init; }

    /// <summary>Drift per day, spike or scale factor; null where it has no meaning.</summary>
    [JsonPropertyName("magnitude")]
    public double? Magnitude { get; init; }
}
