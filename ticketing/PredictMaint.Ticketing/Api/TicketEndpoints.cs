using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static class TicketEndpoints
{
    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 50;

    public static RouteGroupBuilder MapTicketEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tickets").RequireAuthorization(Policies.ReadTickets);
        group.MapGet("/", ListAsync).WithName("ListTickets");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetTicket");
        return group;
    }

    /// <summary>
    /// Without <c>page</c>/<c>page_size</c> every matching ticket is returned (as the skeleton
    /// did; the simulator's compare command relies on it). With either, one page; the total
    /// is in <c>X-Total-Count</c> either way.
    /// </summary>
    internal static async Task<Results<Ok<IReadOnlyList<TicketDto>>, ValidationProblem>> ListAsync(
        HttpResponse response,
        TicketRepository tickets,
        SlaStore sla,
        string? device,
        string? component,
        string? state,
        string? site,
        string? kind,
        string? priority,
        [FromQuery(Name = "needs_review")] bool? needsReview,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new TicketQuery(device, component, Parse<TicketState>(state, "state", errors))
        {
            SiteId = site,
            Kind = Parse<TicketKind>(kind, "kind", errors),
            Priority = Parse<Priority>(priority, "priority", errors),
            NeedsReview = needsReview,
        };
        if (page is < 1)
        {
            errors["page"] = ["'page' starts at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["page_size"] = [$"'page_size' must be between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (page is not null || pageSize is not null)
        {
            var size = pageSize ?? DefaultPageSize;
            query = query with { Skip = ((page ?? 1) - 1) * size, Take = size };
        }

        var (found, total) = await tickets.ListAsync(query, cancellationToken);
        response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        var timers = await sla.ForTicketsAsync([.. found.Select(t => t.Id)], cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TicketDto>>([.. found.Select(t => TicketDto.From(t) with { Sla = timers.TryGetValue(t.Id, out var timer) ? SlaDto.From(timer) : null })]);
    }

    internal static async Task<Results<Ok<TicketDto>, ProblemHttpResult>> GetAsync(
        Guid id,
        HttpResponse response,
        TicketRepository tickets,
        SlaStore sla,
        CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindAsync(id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no ticket with id {id}.");
        }

        var dto = TicketDto.From(ticket) with { Sla = await sla.FindAsync(id, cancellationToken) is { } timer ? SlaDto.From(timer) : null };
        response.Headers.ETag = dto.ETag();
        return TypedResults.Ok(dto);
    }

    private static T? Parse<T>(string? value, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (EnumNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }

        errors[field] = [$"'{field}' must be one of {EnumNames.List<T>()}."];
        return null;
    }
}
