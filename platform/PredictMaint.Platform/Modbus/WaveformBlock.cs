using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Modbus;

/// <summary>
/// A block of raw accelerometer samples (signed 16-bit, <see cref="Scale"/> per count) so the edge
/// agent can compute its own vibration features. <see cref="SequenceAddress"/> holds a counter that
/// changes whenever a new capture replaces the block (read it before and after the block).
/// </summary>
public sealed record WaveformBlock
{
    [JsonPropertyName("table")]
    public required RegisterTable Table { get; init; }

    [JsonPropertyName("sequence_address")]
    public required int SequenceAddress { get; init; }

    [JsonPropertyName("address")]
    public required int Address { get; init; }

    [JsonPropertyName("length")]
    public required int Length { get; init; }

    [JsonPropertyName("sample_rate_hz")]
    public required int SampleRateHz { get; init; }

    [JsonPropertyName("scale")]
    public required double Scale { get; init; }

    [JsonPropertyName("unit")]
    public required string Unit { get; init; }
}
