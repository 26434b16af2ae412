using System.Text.Json.Serialization;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>
/// One component of one device over the run: every end of life, and whether the unit installed at
/// the end of the run was still alive then (right-censored at <see cref="CensoredAt"/>).
/// </summary>
internal sealed record ComponentTruth
{
    [JsonPropertyName("component")]
    public required string Component { get; init; }

    [JsonPropertyName("failures")]
    public required IReadOnlyList<FailureTruth> Failures { get; init; }

    /// <summary>End of the run when the installed unit had not failed by then; null when it had.</summary>
    [JsonPropertyName("censored_at")]
    public DateTimeOffset? CensoredAt { get; init; }

    /// <summary>Share of the installed unit's life used at the end of the run (1 = at end of life).</summary>
    [JsonPropertyName("life_used_at_end")]
    public required double LifeUsedAtEnd { get; init; }
}
