using System.Text.Json.Serialization;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>A maintenance visit as it really happened, including how imperfect it was.</summary>
internal sealed record MaintenanceTruth
{
    [JsonPropertyName("at")]
    public required DateTimeOffset At { get; init; }

    [JsonPropertyName("component")]
    public required string Component { get; init; }

    [JsonPropertyName("action")]
    public required string Action { get; init; }

    /// <summary>Share of the new or repaired unit's life already used after the visit (0 = as new).</summary>
    [JsonPropertyName("residual")]
    public required double Residual { get; init; }
}
