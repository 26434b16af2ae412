using PredictMaint.Ticketing.Domain.Kpi;

namespace PredictMaint.Ticketing.Web.Kpis;

/// <summary>What the KPI page shows: the report for the filter, the same per model version, and the filter choices.</summary>
public sealed record KpiDashboard(
    KpiFilter Filter,
    KpiReport Overall,
    IReadOnlyList<ModelVersionKpis> ByModelVersion,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> ModelVersions);
