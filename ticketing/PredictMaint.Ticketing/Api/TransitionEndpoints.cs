using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static class TransitionEndpoints
{
    public static RouteGroupBuilder MapTransitionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tickets/{id:guid}/transitions").RequireAuthorization(Policies.ChangeTickets);
        group.MapPost("/", PostAsync).Accepts<TransitionBody>("application/json").WithName("TransitionTicket");
        endpoints.MapMergeEndpoint();
        endpoints.MapPriorityEndpoint();
        return group;
    }

    /// <summary>
    /// Needs <c>If-Match</c> with the ticket's ETag: a client must have seen the version it
    /// changes, so of two planners acting on the same version exactly one wins (the other gets 412).
    /// </summary>
    internal static async Task<Results<Ok<TicketDto>, ValidationProblem, ProblemHttpResult>> PostAsync(
        Guid id,
        HttpContext context,
        ClaimsPrincipal user,
        TicketWorkflowStore store,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the transition as application/json.");
        }

        if (ExpectedVersion(context.Request) is not { } expected)
        {
            return Problem(
                StatusCodes.Status428PreconditionRequired,
                "If-Match required",
                "Send If-Match with the ETag of the ticket version you are acting on (GET /api/tickets/{id}).");
        }

        TransitionBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, TicketingJsonContext.Default.TransitionBody, cancellationToken);
        }
        catch (JsonException exception)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [exception.Message] }, title: "The body is not a valid transition.");
        }

        var (request, errors) = TransitionBodyMapper.Map(body);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The transition is invalid.");
        }

        return Answer(await store.TransitionAsync(id, expected, request, ClaimsActor.Of(user), cancellationToken), id, expected, context);
    }

    /// <summary>
    /// What a change of ticket <paramref name="id"/> at version <paramref name="expected"/> answers
    /// (transitions and priority): 200 + the ticket, 404, 412, 409 or the workflow's refusal; the
    /// ticket's current ETag whenever there is a ticket.
    /// </summary>
    internal static Results<Ok<TicketDto>, ValidationProblem, ProblemHttpResult> Answer(TransitionResult result, Guid id, int expected, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        if (result.Ticket is { } current)
        {
            context.Response.Headers.ETag = TicketDto.From(current).ETag();
        }

        return result.Status switch
        {
            TransitionStatus.Done => TypedResults.Ok(TicketDto.From(result.Ticket!)),
            TransitionStatus.NotFound => Problem(StatusCodes.Status404NotFound, "Ticket not found", $"There is no ticket with id {id}."),
            TransitionStatus.VersionMismatch => Problem(
                StatusCodes.Status412PreconditionFailed,
                "The ticket changed",
                string.Create(CultureInfo.InvariantCulture, $"You acted on version {expected}; the ticket is at version {result.Ticket?.Version}. Read it again and decide.")),
            TransitionStatus.OpenTicketExists => Problem(
                StatusCodes.Status409Conflict, "Another open ticket exists", "The device and component already have an open ticket; work on that one."),
            _ => Refused(result.Outcome!),
        };
    }

    internal static ProblemHttpResult Refused(TransitionOutcome outcome) => outcome.Refusal switch
    {
        TransitionRefusal.RoleNotAllowed => Problem(StatusCodes.Status403Forbidden, "Not your step", outcome.Reason),
        TransitionRefusal.MissingEvidence => Problem(StatusCodes.Status422UnprocessableEntity, "Evidence missing", outcome.Reason),
        TransitionRefusal.NoDispatchPossible => Problem(StatusCodes.Status409Conflict, "No dispatch possible", outcome.Reason),
        _ => Problem(StatusCodes.Status409Conflict, "Transition not allowed", outcome.Reason),
    };

    internal static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString();
        return EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    internal static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
