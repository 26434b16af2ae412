using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>Body of <c>POST /api/tickets</c>: something already wrong, reported by a person or the dispatch system.</summary>
public sealed record ReportBody
{
    /// <summary>corrective, sensor_fault or customer_reported.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("site")]
    public string? SiteId { get; init; }

    [JsonPropertyName("device")]
    public string? DeviceId { get; init; }

    [JsonPropertyName("component")]
    public string? Component { get; init; }

    /// <summary>P0-P3.</summary>
    [JsonPropertyName("priority")]
    public string? Priority { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }
}
