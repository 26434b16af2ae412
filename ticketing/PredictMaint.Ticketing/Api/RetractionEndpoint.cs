using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

/// <summary>
/// The predictor withdraws a prediction (e.g. the trend was a sensor artefact). The open
/// ticket is not cancelled behind the planner's back: it is flagged for review.
/// </summary>
public static class RetractionEndpoint
{
    internal static async Task<Results<Ok<TicketDto>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpRequest request, ClaimsPrincipal user, TicketWorkflowStore store, CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync(request, TicketingJsonContext.Default.RetractionBody, cancellationToken);
        if (bodyErrors is not null)
        {
            return TypedResults.ValidationProblem(bodyErrors);
        }

        var errors = new Dictionary<string, string[]>();
        if (body?.DeviceId is not { } device || !Topics.IsValidId(device))
        {
            errors["device"] = ["'device' must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'."];
        }

        if (body?.Component is not { } component || !Component.IsKnown(component))
        {
            errors["component"] = [$"'component' must be one of {Component.Filter}, {Component.Pump}, {Component.Bearing}."];
        }

        if (string.IsNullOrWhiteSpace(body?.ModelVersion) || body.ModelVersion.Length > PredictionValidator.MaxModelVersionLength)
        {
            errors["model_version"] = ["'model_version' must be non-empty and at most 128 characters."];
        }

        if (string.IsNullOrWhiteSpace(body?.Reason) || body.Reason.Length > PredictionValidator.MaxReasonLength)
        {
            errors["reason"] = ["'reason' must be non-empty and at most 2000 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The retraction is invalid.");
        }

        var ticket = await store.FlagRetractionAsync(body!.DeviceId!, body.Component!, body.ModelVersion!, body.Reason!, ClaimsActor.Of(user), cancellationToken);
        return ticket is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No open ticket", detail: $"{body.DeviceId}/{body.Component} has no open ticket to flag.")
            : TypedResults.Ok(TicketDto.From(ticket));
    }
}
