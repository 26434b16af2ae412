using PredictMaint.Platform.Metrics;
using PredictMaint.Ticketing.Metrics;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

/// <summary>
/// <c>GET /metrics</c> in the Prometheus text format. Unlike <c>/healthz</c> it needs a key
/// (role monitoring, supervisor or admin): this service faces customers (booking pages), and
/// ticket counts by state are business figures. Prometheus sends the key as a bearer token.
/// </summary>
public static class MetricsEndpoint
{
    public static void MapMetricsEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/metrics", RenderAsync).RequireAuthorization(Policies.ReadMetrics).WithName("Metrics");

    private static async Task<IResult> RenderAsync(
        TicketingMetrics metrics, TicketingDbContext db, DeliveryCircuit circuit, CancellationToken cancellationToken) =>
        TypedResults.Text(await TicketingMetricsText.RenderAsync(metrics, db, circuit, cancellationToken), PrometheusWriter.ContentType);
}
