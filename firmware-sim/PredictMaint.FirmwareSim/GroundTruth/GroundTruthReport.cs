using System.Text.Json.Serialization;

namespace PredictMaint.FirmwareSim.GroundTruth;

/// <summary>What really happened in a simulated run: the yardstick for the predictor and tickets.</summary>
internal sealed record GroundTruthReport
{
    [JsonPropertyName("seed")]
    public required int Seed { get; init; }

    [JsonPropertyName("start")]
    public required DateTimeOffset Start { get; init; }

    [JsonPropertyName("end")]
    public required DateTimeOffset End { get; init; }

    [JsonPropertyName("end_of_life_pressure_drop_kpa")]
    public required double EndOfLifePressureDropKpa { get; init; }

    [JsonPropertyName("messages_published")]
    public required long MessagesPublished { get; init; }

    [JsonPropertyName("samples_published")]
    public required long SamplesPublished { get; init; }

    [JsonPropertyName("devices")]
    public required IReadOnlyList<DeviceTruth> Devices { get; init; }
}
