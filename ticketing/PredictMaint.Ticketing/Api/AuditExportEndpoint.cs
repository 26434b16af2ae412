using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static class AuditExportEndpoint
{
    public static IEndpointRouteBuilder MapAuditExportEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit/export", ExportAsync).RequireAuthorization(Policies.VerifyAudit).WithName("ExportAudit");
        return endpoints;
    }

    /// <summary>
    /// Streams the audit records changed in [from, to) as JSON Lines, ticket by ticket in chain
    /// order, straight from the database cursor: memory stays flat however long the history.
    /// </summary>
    internal static async Task<Results<EmptyHttpResult, ValidationProblem>> ExportAsync(
        HttpContext context, TicketingDbContext db, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        if (from is { } f && to is { } t && t <= f)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["'to' must be after 'from'."] });
        }

        var records = db.AuditRecords.AsNoTracking();
        if (from is { } start)
        {
            records = records.Where(r => r.At >= start);
        }

        if (to is { } end)
        {
            records = records.Where(r => r.At < end);
        }

        context.Response.ContentType = AuditExport.ContentType;
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        var newline = "\n"u8.ToArray();
        var count = 0;
        await foreach (var record in records.OrderBy(r => r.TicketId).ThenBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            AuditExport.Write(json, record);
            await json.FlushAsync(cancellationToken);
            json.Reset();
            await context.Response.BodyWriter.WriteAsync(newline, cancellationToken);
            if (++count % 256 == 0)
            {
                await context.Response.BodyWriter.FlushAsync(cancellationToken);
            }
        }

        return TypedResults.Empty;
    }
}
