using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;
using static PredictMaint.Ticketing.Api.TransitionEndpoints;

namespace PredictMaint.Ticketing.Api;

public static class MergeEndpoint
{
    public static IEndpointRouteBuilder MapMergeEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/tickets/{id:guid}/merge", PostAsync).RequireAuthorization(Policies.ChangeTickets)
            .Accepts<MergeBody>("application/json").WithName("MergeTicket");
        return endpoints;
    }

    /// <summary>
    /// Merges ticket <paramref name="id"/> (at the version in <c>If-Match</c>) into <c>into</c>:
    /// 200 + the cancelled duplicate; 412 when it moved on; 403/409 when the cancel rule or the
    /// merge rules refuse; 404 when either ticket is unknown.
    /// </summary>
    internal static async Task<Results<Ok<TicketDto>, ValidationProblem, ProblemHttpResult>> PostAsync(
        Guid id, MergeBody body, HttpContext context, ClaimsPrincipal user, TicketWorkflowStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ExpectedVersion(context.Request) is not { } expected)
        {
            return Problem(StatusCodes.Status428PreconditionRequired, "If-Match required", "Send If-Match with the ETag of the duplicate's version (GET /api/tickets/{id}).");
        }

        if (body.Into is not { } into || (body.Note?.Length ?? 0) > TransitionEvidence.MaxNoteLength - 200)
        {
            var errors = new Dictionary<string, string[]>();
            if (body.Into is null)
            {
                errors["into"] = ["'into' is required: the id of the ticket to merge into."];
            }
            else
            {
                errors["note"] = [string.Create(CultureInfo.InvariantCulture, $"'note' may hold at most {TransitionEvidence.MaxNoteLength - 200} characters.")];
            }

            return TypedResults.ValidationProblem(errors, title: "The merge is invalid.");
        }

        var result = await store.MergeAsync(id, expected, into, body.Note, ClaimsActor.Of(user), cancellationToken);
        if (result.Ticket is { } current)
        {
            context.Response.Headers.ETag = TicketDto.From(current).ETag();
        }

        return result.Status switch
        {
            TransitionStatus.Done => TypedResults.Ok(TicketDto.From(result.Ticket!)),
            TransitionStatus.NotFound => Problem(StatusCodes.Status404NotFound, "Ticket not found", $"Ticket {id} or {into} does not exist."),
            TransitionStatus.VersionMismatch => Problem(
                StatusCodes.Status412PreconditionFailed,
                "A ticket changed",
                string.Create(CultureInfo.InvariantCulture, $"You acted on version {expected}; the duplicate is at version {result.Ticket?.Version} (or the other ticket changed). Read them again and decide.")),
            _ => Refused(result.Outcome!),
        };
    }
}
