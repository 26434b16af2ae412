using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;

namespace PredictMaint.Ticketing.Api;

public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/dispatch/status", StatusAsync).RequireAuthorization(Policies.ReadTickets).WithName("DispatchStatus");
        endpoints.MapGet("/api/outbox/dead-letters", DeadLettersAsync).RequireAuthorization(Policies.ManageOutbox).WithName("DeadLetters");
        endpoints.MapPost("/api/outbox/dead-letters/{id:guid}/replay", ReplayAsync).RequireAuthorization(Policies.ManageOutbox).WithName("ReplayDeadLetter");
        return endpoints;
    }

    internal static async Task<Ok<DispatchStatusDto>> StatusAsync(DeliveryCircuit circuit, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var (mode, failures, openUntil, lastError) = circuit.Snapshot();
        var backlog = await OutboxBacklog.ReadAsync(db, cancellationToken);
        var modeName = mode == DispatchMode.Automatic ? "automatic" : "manual_dispatch";
        return TypedResults.Ok(new DispatchStatusDto(modeName, failures, openUntil, lastError, backlog.Pending, backlog.DeadLettered));
    }

    internal static async Task<Ok<IReadOnlyList<DeadLetterDto>>> DeadLettersAsync(TicketingDbContext db, CancellationToken cancellationToken)
    {
        var dead = await db.OutboxMessages.AsNoTracking().Where(m => m.DeadLetteredAt != null)
            .OrderBy(m => m.CreatedAt).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DeadLetterDto>>(
            [.. dead.Select(m => new DeadLetterDto(m.Id, m.TicketId, m.Sequence, m.Type, m.Attempts, m.LastError, m.DeadLetteredAt))]);
    }

    /// <summary>Puts a dead-lettered message back in line with a fresh attempt budget (same idempotency key).</summary>
    internal static async Task<Results<NoContent, ProblemHttpResult>> ReplayAsync(
        Guid id, TicketingDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.DeadLetteredAt != null, cancellationToken);
        if (message is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such dead letter", detail: $"No dead-lettered message has id {id}.");
        }

        message.DeadLetteredAt = null;
        message.Pending = true;
        message.Attempts = 0;
        message.NextAttemptAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
