using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Domain.Kpi;

/// <summary>Tickets open at the end of <see cref="Date"/> (UTC).</summary>
public sealed record BacklogDay([property: JsonPropertyName("date")] DateOnly Date, [property: JsonPropertyName("open")] int Open);
