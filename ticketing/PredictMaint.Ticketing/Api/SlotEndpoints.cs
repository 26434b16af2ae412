using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;
using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Api;

/// <summary><c>GET /api/tickets/{id}/slots?count=</c>: bookable visits for planners and the dispatch pipeline.</summary>
public static class SlotEndpoints
{
    public static IEndpointRouteBuilder MapSlotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tickets/{id:guid}/slots", GetAsync).RequireAuthorization(Policies.PlanVisits).WithName("GetTicketSlots");
        return endpoints;
    }

    internal static async Task<Results<Ok<SlotPlanDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        Guid id, int? count, TicketSlots slots, IOptions<FieldServiceOptions> options, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxSlotCount;
        if (count is < 1 || count > max)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["count"] = [$"'count' must be between 1 and {max}."] });
        }

        var (plan, problem) = await slots.ForTicketAsync(id, count ?? options.Value.DefaultSlotCount, cancellationToken);
        return plan is not null ? TypedResults.Ok(SlotPlanDto.From(plan))
            : problem is not null ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Visits cannot be planned", detail: problem)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no ticket with id {id}.");
    }
}
