using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Domain.Sla;

namespace PredictMaint.Ticketing.Api;

/// <summary>A ticket's SLA clock. Due times are null once met, while paused, or after the ticket stopped.</summary>
public sealed record SlaDto(
    [property: JsonPropertyName("response_due_at")] DateTimeOffset? ResponseDueAt,
    [property: JsonPropertyName("resolution_due_at")] DateTimeOffset? ResolutionDueAt,
    [property: JsonPropertyName("responded_at")] DateTimeOffset? RespondedAt,
    [property: JsonPropertyName("paused")] bool Paused,
    [property: JsonPropertyName("response_breached")] bool ResponseBreached,
    [property: JsonPropertyName("resolution_breached")] bool ResolutionBreached,
    [property: JsonPropertyName("breached")] bool Breached,
    [property: JsonPropertyName("escalation_level")] int EscalationLevel,
    [property: JsonPropertyName("time_zone")] string TimeZone)
{
    public static SlaDto From(SlaTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return new(
            timer.ResponseDueAt, timer.ResolutionDueAt, timer.RespondedAt, timer.IsPaused,
            timer.ResponseBreached, timer.ResolutionBreached, timer.ResponseBreached || timer.ResolutionBreached,
            timer.EscalationLevel, timer.TimeZoneId);
    }
}
