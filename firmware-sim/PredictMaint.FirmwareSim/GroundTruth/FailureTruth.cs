using System.Text.Json.Serialization;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>One end of life of one installed unit of a component.</summary>
internal sealed record FailureTruth
{
    [JsonPropertyName("at")]
    public required DateTimeOffset At { get; init; }

    /// <summary>How it failed: <c>clogged</c>, <c>wear</c>, <c>seizure</c>, <c>iso10816_zone_d</c>, <c>exhausted</c>.</summary>
    [JsonPropertyName("mode")]
    public required string Mode { get; init; }
}
