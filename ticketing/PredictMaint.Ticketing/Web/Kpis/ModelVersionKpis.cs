using PredictMaint.Ticketing.Domain.Kpi;

namespace PredictMaint.Ticketing.Web.Kpis;

/// <summary>The KPIs of the tickets one model version raised (same filter otherwise).</summary>
public sealed record ModelVersionKpis(string ModelVersion, KpiReport Report);
