using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PredictMaint.Platform.Contracts;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static partial class PredictionEndpoints
{
    private const string LogCategory = "PredictMaint.Ticketing.Api.Predictions";

    public static RouteGroupBuilder MapPredictionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/predictions").RequireAuthorization(Policies.SubmitPredictions);
        group.MapPost("/", PostAsync)
            .Accepts<Prediction>("application/json")
            .WithName("SubmitPrediction");
        group.MapPost("/retractions", RetractionEndpoint.PostAsync)
            .Accepts<RetractionBody>("application/json")
            .WithName("RetractPrediction");
        return group;
    }

    /// <summary>
    /// The body is read here rather than bound by the framework so that malformed JSON and
    /// missing fields get the same field-level validation problem as semantic errors.
    /// </summary>
    internal static async Task<Results<Created<TicketDto>, Ok<TicketDto>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpRequest request,
        System.Security.Claims.ClaimsPrincipal user,
        TicketRepository tickets,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(LogCategory);
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the prediction as application/json.");
        }

        Prediction? prediction;
        try
        {
            prediction = await JsonSerializer.DeserializeAsync(request.Body, ContractsJsonContext.Default.Prediction, cancellationToken);
        }
        catch (JsonException exception)
        {
            LogUnreadable(logger, exception.Path);
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [FieldOf(exception.Path)] = [exception.Message] },
                title: "The body is not a valid prediction.");
        }

        var errors = prediction is null
            ? new Dictionary<string, string[]> { ["body"] = ["A prediction object is required."] }
            : PredictionValidator.Validate(prediction);
        if (errors.Count > 0)
        {
            LogInvalid(logger, errors.Keys);
            return TypedResults.ValidationProblem(errors, title: "The prediction is invalid.");
        }

        var recorded = await tickets.RecordPredictionAsync(prediction!, ClaimsActor.Of(user), cancellationToken);
        var ticket = TicketDto.From(recorded.Ticket);
        return recorded.Created
            ? TypedResults.Created($"/api/tickets/{ticket.Id}", ticket)
            : TypedResults.Ok(ticket);
    }

    /// <summary>"$.confidence" → "confidence"; the whole body when the path names no field.</summary>
    private static string FieldOf(string? jsonPath) =>
        jsonPath is { Length: > 2 } && jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : "body";

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected an unreadable prediction body (at {JsonPath})")]
    private static partial void LogUnreadable(ILogger logger, string? jsonPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected an invalid prediction (fields {Fields})")]
    private static partial void LogInvalid(ILogger logger, IEnumerable<string> fields);
}
