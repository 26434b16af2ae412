using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tickets/{id:guid}/history", HistoryAsync).RequireAuthorization(Policies.ReadTickets).WithName("TicketHistory");
        endpoints.MapGet("/api/audit/verify", VerifyAsync).RequireAuthorization(Policies.VerifyAudit).WithName("VerifyAudit");
        return endpoints;
    }

    internal static async Task<Results<Ok<IReadOnlyList<AuditRecordDto>>, ProblemHttpResult>> HistoryAsync(
        Guid id, AuditStore audit, CancellationToken cancellationToken)
    {
        var records = await audit.HistoryAsync(id, cancellationToken);
        return records.Count == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no history for ticket {id}.")
            : TypedResults.Ok<IReadOnlyList<AuditRecordDto>>([.. records.Select(AuditRecordDto.From)]);
    }

    /// <summary>200 with <c>intact: true</c>, or 409 with the same report when any chain is broken.</summary>
    internal static async Task<Results<Ok<AuditVerification>, Conflict<AuditVerification>>> VerifyAsync(
        AuditStore audit, CancellationToken cancellationToken)
    {
        var report = await audit.VerifyAsync(cancellationToken);
        return report.Intact ? TypedResults.Ok(report) : TypedResults.Conflict(report);
    }
}
