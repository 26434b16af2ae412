using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>A customer rating: <c>score</c> 1-5 and one <c>reason</c>; answers echo it with <c>rated_at</c>.</summary>
public sealed record RatingBody(
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("rated_at")] DateTimeOffset? RatedAt = null);
