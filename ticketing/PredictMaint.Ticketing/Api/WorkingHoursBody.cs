using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>One weekly working stretch: <c>{"day":"monday","start":"08:00","end":"17:00"}</c>, local time.</summary>
public sealed record WorkingHoursBody
{
    [JsonPropertyName("day")]
    public string? Day { get; init; }

    [JsonPropertyName("start")]
    public string? Start { get; init; }

    [JsonPropertyName("end")]
    public string? End { get; init; }
}
