using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PredictMaint.Ticketing.Domain.Kpi;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static class KpiEndpoints
{
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/kpis", GetAsync).RequireAuthorization(Policies.ReadKpis).WithName("Kpis");
        endpoints.MapPost("/api/tickets/{id:guid}/rating", RateAsync).RequireAuthorization(Policies.RecordRatings)
            .Accepts<RatingBody>("application/json").WithName("RateTicket");
        return endpoints;
    }

    /// <summary>KPIs over tickets raised in [from, to) (default: the last 30 days), optionally one region, component, model version.</summary>
    internal static async Task<Results<Ok<KpiReport>, ValidationProblem>> GetAsync(
        KpiStore kpis,
        TimeProvider timeProvider,
        DateTimeOffset? from,
        DateTimeOffset? to,
        string? region,
        string? component,
        [FromQuery(Name = "model_version")] string? modelVersion,
        CancellationToken cancellationToken)
    {
        var end = to ?? timeProvider.GetUtcNow();
        var start = from ?? end - TimeSpan.FromDays(30);
        if (end <= start || end - start > KpiFilter.MaxSpan)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["to"] = [$"'to' must be after 'from' and at most {KpiFilter.MaxSpan.TotalDays:0} days later."],
            });
        }

        var filter = new KpiFilter(start, end, Blank(region), Blank(component), Blank(modelVersion));
        return TypedResults.Ok(await kpis.ComputeAsync(filter, cancellationToken));
    }

    /// <summary>201 with the rating; 400 invalid score or reason; 404; 409 when already rated or the ticket is not resolved or closed.</summary>
    internal static async Task<Results<Created<RatingBody>, ValidationProblem, ProblemHttpResult>> RateAsync(
        Guid id, RatingBody body, CustomerRatingStore ratings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Score is < 1 or > 5 || string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > CustomerRating.MaxReasonLength)
        {
            var errors = new Dictionary<string, string[]>();
            if (body.Score is < 1 or > 5)
            {
                errors["score"] = ["'score' must be between 1 and 5."];
            }

            if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > CustomerRating.MaxReasonLength)
            {
                errors["reason"] = [$"'reason' is required (1-{CustomerRating.MaxReasonLength} characters)."];
            }

            return TypedResults.ValidationProblem(errors);
        }

        var (rating, found, alreadyRated, problem) = await ratings.RecordAsync(id, body.Score, body.Reason, cancellationToken);
        if (!found)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no ticket with id {id}.");
        }

        if (rating is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: alreadyRated ? "Already rated" : "Cannot rate yet",
                detail: alreadyRated ? "This ticket already has the customer's rating." : problem);
        }

        return TypedResults.Created($"/api/tickets/{id}/rating", new RatingBody(rating.Score, rating.Reason, rating.RatedAt));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
