using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Domain.Kpi;

/// <summary>Service and prediction KPIs over the tickets raised in a period; rates are null when nothing was measured.</summary>
public sealed record KpiReport(
    [property: JsonPropertyName("tickets")] int Tickets,
    [property: JsonPropertyName("first_response")] Distribution FirstResponse,
    [property: JsonPropertyName("time_to_resolve")] Distribution TimeToResolve,
    [property: JsonPropertyName("resolved_tickets")] int ResolvedTickets,
    [property: JsonPropertyName("first_time_fix_rate")] double? FirstTimeFixRate,
    [property: JsonPropertyName("backlog")] IReadOnlyList<BacklogDay> Backlog,
    [property: JsonPropertyName("backlog_trend")] int BacklogTrend,
    [property: JsonPropertyName("ratings")] int Ratings,
    [property: JsonPropertyName("csat_average")] double? CsatAverage,
    [property: JsonPropertyName("csat_satisfied_share")] double? CsatSatisfiedShare,
    [property: JsonPropertyName("finished_tickets")] int FinishedTickets,
    [property: JsonPropertyName("self_close_rate")] double? SelfCloseRate,
    [property: JsonPropertyName("predicted_tickets")] int PredictedTickets,
    [property: JsonPropertyName("confirmed")] int Confirmed,
    [property: JsonPropertyName("contradicted")] int Contradicted,
    [property: JsonPropertyName("precision")] double? Precision,
    [property: JsonPropertyName("lead_time_achieved")] Distribution LeadTimeAchieved,
    [property: JsonPropertyName("failures_missed")] int FailuresMissed);
