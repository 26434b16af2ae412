using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;
using static PredictMaint.Ticketing.Api.TransitionEndpoints;

namespace PredictMaint.Ticketing.Api;

/// <summary><c>POST /api/tickets/{id}/priority</c>: the ticket page's "change priority", through the same domain rule.</summary>
public static class PriorityEndpoint
{
    public static IEndpointRouteBuilder MapPriorityEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/tickets/{id:guid}/priority", PostAsync).RequireAuthorization(Policies.ChangeTickets)
            .Accepts<PriorityBody>("application/json").WithName("ChangeTicketPriority");
        return endpoints;
    }

    /// <summary>
    /// Sets the priority of ticket <paramref name="id"/> at the version in <c>If-Match</c>
    /// (<see cref="Ticket.ChangePriority"/>): 200 + the ticket; 400 for an unknown priority; 403
    /// for a role that does not plan; 409 for a closed ticket or the same priority; 412 when it
    /// moved on; 404 when unknown.
    /// </summary>
    internal static async Task<Results<Ok<TicketDto>, ValidationProblem, ProblemHttpResult>> PostAsync(
        Guid id, PriorityBody body, HttpContext context, ClaimsPrincipal user, TicketWorkflowStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ExpectedVersion(context.Request) is not { } expected)
        {
            return Problem(StatusCodes.Status428PreconditionRequired, "If-Match required", "Send If-Match with the ETag of the ticket's version (GET /api/tickets/{id}).");
        }

        if (!EnumNames.TryParse<Priority>(body.Priority, out var priority))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["priority"] = [$"'priority' must be one of {EnumNames.List<Priority>()}."] },
                title: "The priority is invalid.");
        }

        return Answer(await store.ChangePriorityAsync(id, expected, priority, ClaimsActor.Of(user), cancellationToken), id, expected, context);
    }
}
