using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

/// <summary><c>POST /api/tickets</c>: a corrective, sensor-fault or customer-reported ticket, merged into an open one if any.</summary>
public static class ReportEndpoint
{
    public static IEndpointRouteBuilder MapReportEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/tickets", PostAsync).RequireAuthorization(Policies.ReportTickets).Accepts<ReportBody>("application/json").WithName("ReportTicket");
        return endpoints;
    }

    internal static async Task<Results<Created<TicketDto>, Ok<TicketDto>, ValidationProblem>> PostAsync(
        HttpRequest request, ClaimsPrincipal user, TicketWorkflowStore store, CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync(request, TicketingJsonContext.Default.ReportBody, cancellationToken);
        if (bodyErrors is not null)
        {
            return TypedResults.ValidationProblem(bodyErrors);
        }

        var errors = new Dictionary<string, string[]>();
        if (!EnumNames.TryParse<TicketKind>(body?.Kind, out var kind) || kind == TicketKind.Preventive)
        {
            errors["kind"] = ["'kind' must be one of Corrective, SensorFault, CustomerReported."];
        }

        if (!EnumNames.TryParse<Priority>(body?.Priority, out var priority))
        {
            errors["priority"] = [$"'priority' must be one of {EnumNames.List<Priority>()}."];
        }

        if (body?.SiteId is not { } site || !Topics.IsValidId(site))
        {
            errors["site"] = ["'site' must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'."];
        }

        if (body?.DeviceId is not { } device || !Topics.IsValidId(device))
        {
            errors["device"] = ["'device' must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'."];
        }

        if (body?.Component is not { } component || !Component.IsKnown(component))
        {
            errors["component"] = [$"'component' must be one of {Component.Filter}, {Component.Pump}, {Component.Bearing}."];
        }

        if (string.IsNullOrWhiteSpace(body?.Description) || body.Description.Length > PredictionValidator.MaxReasonLength)
        {
            errors["description"] = ["'description' must be non-empty and at most 2000 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report is invalid.");
        }

        var (ticket, created) = await store.ReportAsync(kind, body!.SiteId!, body.DeviceId!, body.Component!, priority, body.Description!, ClaimsActor.Of(user), cancellationToken);
        var dto = TicketDto.From(ticket);
        return created ? TypedResults.Created($"/api/tickets/{dto.Id}", dto) : TypedResults.Ok(dto);
    }
}
