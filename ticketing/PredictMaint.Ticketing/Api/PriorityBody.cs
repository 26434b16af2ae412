using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>A planner's new <c>priority</c> for a ticket: <c>P0</c> (most urgent) to <c>P3</c>.</summary>
public sealed record PriorityBody([property: JsonPropertyName("priority")] string? Priority);
