using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Api;

/// <summary>Merge this ticket as a duplicate <c>into</c> another, with an optional <c>note</c>.</summary>
public sealed record MergeBody(
    [property: JsonPropertyName("into")] Guid? Into,
    [property: JsonPropertyName("note")] string? Note);
