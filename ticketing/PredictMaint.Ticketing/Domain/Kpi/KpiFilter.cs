namespace PredictMaint.Ticketing.Domain.Kpi;

/// <summary>Tickets raised (server time) in [<see cref="From"/>, <see cref="To"/>), optionally one region, component, model version.</summary>
public sealed record KpiFilter(DateTimeOffset From, DateTimeOffset To, string? Region, string? Component, string? ModelVersion)
{
    /// <summary>The backlog is counted per day, one query each; a year is plenty for a dashboard.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(366);
}
