using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Api;

/// <summary>Answer of <c>GET /api/tickets/{id}/slots</c>.</summary>
public sealed record SlotPlanDto
{
    [JsonPropertyName("ticket_id")]
    public required Guid TicketId { get; init; }

    [JsonPropertyName("site")]
    public required string SiteId { get; init; }

    [JsonPropertyName("time_zone")]
    public required string TimeZone { get; init; }

    [JsonPropertyName("latest_safe_time")]
    public required DateTimeOffset LatestSafeTime { get; init; }

    /// <summary>False when no slot fits before the latest safe time; then <c>problem</c> and <c>reason</c> say why.</summary>
    [JsonPropertyName("on_time")]
    public required bool OnTime { get; init; }

    /// <summary>none, no_technician_with_skill, no_stock or no_capacity.</summary>
    [JsonPropertyName("problem")]
    public required string Problem { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("slots")]
    public required IReadOnlyList<SlotDto> Slots { get; init; }

    public static SlotPlanDto From(TicketSlotPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var zone = plan.Site.TimeZone;
        return new SlotPlanDto
        {
            TicketId = plan.Ticket.Id,
            SiteId = plan.Site.Id,
            TimeZone = plan.Site.TimeZoneId,
            LatestSafeTime = plan.LatestSafeTime,
            OnTime = plan.Plan.OnTime,
            Problem = SnakeCase(plan.Plan.Problem),
            Reason = plan.Plan.Reason,
            Slots =
            [
                .. plan.Plan.Slots.Select(s => new SlotDto
                {
                    Start = s.Start,
                    End = s.End,
                    StartLocal = TimeZoneInfo.ConvertTime(s.Start, zone),
                    EndLocal = TimeZoneInfo.ConvertTime(s.End, zone),
                    TechnicianId = s.TechnicianId,
                    DepotId = s.DepotId,
                    PartNumber = s.PartNumber,
                    Late = s.Late,
                    DepotOutsideRegion = s.DepotOutsideRegion,
                    Explanation = s.Explanation,
                }),
            ],
        };
    }

    private static string SnakeCase(SlotProblem problem) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(problem.ToString());
}
