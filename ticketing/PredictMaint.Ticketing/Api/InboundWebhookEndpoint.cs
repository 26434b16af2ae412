using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Api;

/// <summary>
/// <c>POST /api/webhooks/dispatch</c>. The dispatch system holds no API key here: it proves
/// itself with an HMAC-SHA256 signature over the timestamped body (<see cref="WebhookSignature"/>),
/// so the endpoint skips key authentication and refuses anything unsigned, forged or stale.
/// </summary>
public static partial class InboundWebhookEndpoint
{
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapInboundWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/webhooks/dispatch", PostAsync).AllowAnonymous().WithName("DispatchStatusWebhook");
        return endpoints;
    }

    internal static async Task<Results<Ok<InboundStatusBody>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpRequest request,
        InboundStatusHandler handler,
        IOptions<DispatchOptions> options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        var secret = options.Value.InboundSecret;
        if (body is null || secret is null || !WebhookSignature.Verify(
            secret,
            request.Headers[WebhookSignature.TimestampHeader],
            request.Headers[WebhookSignature.SignatureHeader],
            body,
            timeProvider.GetUtcNow(),
            options.Value.InboundMaxAge))
        {
            LogForged(loggerFactory.CreateLogger(typeof(InboundWebhookEndpoint).FullName!), request.HttpContext.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Bad signature", detail: "The request is unsigned, forged or too old.");
        }

        InboundStatusBody? update;
        try
        {
            update = JsonSerializer.Deserialize(body, TicketingJsonContext.Default.InboundStatusBody);
        }
        catch (JsonException exception)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [exception.Message] });
        }

        var errors = new Dictionary<string, string[]>();
        if (update?.EventId is not { Length: > 0 and <= 64 })
        {
            errors["event_id"] = ["'event_id' must be 1-64 characters."];
        }

        if (update?.TicketId is null)
        {
            errors["ticket_id"] = ["'ticket_id' is required."];
        }

        if (update?.Sequence is not >= 0)
        {
            errors["sequence"] = ["'sequence' must be a non-negative integer."];
        }

        var action = default(Domain.TicketAction);
        if (update?.Status is not { } status || !handler.TryMap(status, out action))
        {
            errors["status"] = [$"'status' must be one of {string.Join(", ", options.Value.StatusMap.Keys)}."];
        }

        var (mapped, mappingErrors) = TransitionBodyMapper.Map(new TransitionBody
        {
            Action = action.ToString(), TechnicianId = update?.TechnicianId, SlotStart = update?.SlotStart, Note = update?.Note, Findings = update?.Findings,
            CustomerConfirmed = false,
        });
        foreach (var (field, problems) in mappingErrors)
        {
            errors[field] = problems;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The status update is invalid.");
        }

        var (outcome, reason) = await handler.HandleAsync(update!.EventId!, update.TicketId!.Value, update.Sequence!.Value, mapped!, cancellationToken);
        return outcome switch
        {
            InboundStatusHandler.UnknownTicket => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no ticket with id {update.TicketId}."),
            InboundStatusHandler.Refused => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Transition not allowed", detail: reason),
            _ => TypedResults.Ok(update with { Outcome = outcome }),
        };
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a dispatch webhook with a missing or bad signature from {RemoteAddress}")]
    private static partial void LogForged(ILogger logger, string? remoteAddress);
}
