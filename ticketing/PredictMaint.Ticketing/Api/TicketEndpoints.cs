using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static class TicketEndpoints
{
    public static RouteGroupBuilder MapTicketEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tickets").RequireAuthorization(Policies.ReadTickets);
        group.MapGet("/", ListAsync).WithName("ListTickets");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetTicket");
        return group;
    }

    internal static async Task<Results<Ok<IReadOnlyList<TicketDto>>, ValidationProblem>> ListAsync(
        TicketRepository tickets,
        string? device,
        string? component,
        string? state,
        CancellationToken cancellationToken)
    {
        TicketState? stateFilter = null;
        if (state is not null)
        {
            stateFilter = ParseState(state);
            if (stateFilter is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["state"] = [$"'state' must be one of {string.Join(", ", Enum.GetNames<TicketState>())}."],
                });
            }
        }

        var found = await tickets.ListAsync(new TicketQuery(device, component, stateFilter), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TicketDto>>([.. found.Select(TicketDto.From)]);
    }

    internal static async Task<Results<Ok<TicketDto>, ProblemHttpResult>> GetAsync(
        Guid id,
        TicketRepository tickets,
        CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindAsync(id, cancellationToken);
        return ticket is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no ticket with id {id}.")
            : TypedResults.Ok(TicketDto.From(ticket));
    }

    // Names only: Enum.TryParse would also accept numbers such as "3".
    private static TicketState? ParseState(string value)
    {
        foreach (var candidate in Enum.GetValues<TicketState>())
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
