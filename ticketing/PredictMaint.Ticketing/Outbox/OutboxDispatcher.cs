using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Metrics;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Outbox;

/// <summary>
/// One relay cycle: sends the due outbox messages that are first in line for their ticket
/// (so one ticket's events arrive in order), records the result of each before the next.
/// </summary>
public sealed partial class OutboxDispatcher(
    TicketingDbContext db,
    DatabaseLocation location,
    IHttpClientFactory httpClients,
    DeliveryCircuit circuit,
    IOptions<DispatchOptions> options,
    TimeProvider timeProvider,
    TicketingMetrics metrics,
    ILogger<OutboxDispatcher> logger)
{
    public const string HttpClientName = "dispatch";

    /// <summary>How many messages were delivered; 0 when nothing was due or delivery is paused.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.WebhookUrl is null || !circuit.AllowsAttempt())
        {
            return 0;
        }

        var now = timeProvider.GetUtcNow();
        // On PostgreSQL several instances relay at once: each claims its rows with
        // FOR UPDATE SKIP LOCKED for the length of its cycle, so no message goes out twice
        // and a ticket's later events wait while an earlier one is claimed elsewhere.
        await using var claim = location.IsPostgres ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var due = location.IsPostgres ? await ClaimOnPostgresAsync(now, settings.BatchSize, cancellationToken) : await db.OutboxMessages
            .Where(m => m.Pending && m.NextAttemptAt <= now
                && !db.OutboxMessages.Any(o => o.TicketId == m.TicketId && o.Sequence < m.Sequence && o.DeliveredAt == null))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Sequence)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in due)
        {
            var error = await SendAsync(settings, message, cancellationToken);
            now = timeProvider.GetUtcNow();
            if (error is null)
            {
                message.DeliveredAt = now;
                message.Pending = false;
                circuit.RecordSuccess();
                delivered++;
            }
            else
            {
                Fail(settings, message, error, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (error is not null && circuit.Mode == DispatchMode.ManualDispatch)
            {
                break;
            }
        }

        if (claim is not null)
        {
            await claim.CommitAsync(cancellationToken);
        }

        metrics.EventsDeliveredCommitted(delivered);
        return delivered;
    }

    private Task<List<OutboxMessage>> ClaimOnPostgresAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken) =>
        db.OutboxMessages.FromSqlInterpolated($@"
            SELECT m.* FROM ""OutboxMessages"" m
            WHERE m.""Pending"" AND m.""NextAttemptAt"" <= {now.UtcTicks}
              AND NOT EXISTS (SELECT 1 FROM ""OutboxMessages"" o
                              WHERE o.""TicketId"" = m.""TicketId"" AND o.""Sequence"" < m.""Sequence"" AND o.""DeliveredAt"" IS NULL)
            ORDER BY m.""CreatedAt"", m.""Sequence""
            LIMIT {batchSize}
            FOR UPDATE OF m SKIP LOCKED").ToListAsync(cancellationToken);

    private void Fail(DispatchOptions settings, OutboxMessage message, string error, DateTimeOffset now)
    {
        message.Attempts++;
        message.LastError = error.Length > 1000 ? error[..1000] : error;
        if (message.Attempts >= settings.MaxAttempts)
        {
            message.Pending = false;
            message.DeadLetteredAt = now;
            LogDeadLettered(logger, message.Id, message.TicketId, message.Attempts, error);
        }
        else
        {
            message.NextAttemptAt = now + RetryBackoff.After(message.Attempts, settings.InitialBackoff, settings.MaxBackoff, message.Id);
            LogRetry(logger, message.Id, message.Attempts, error);
        }

        circuit.RecordFailure(error);
        metrics.EventDeliveryFailed();
    }

    private async Task<string?> SendAsync(DispatchOptions settings, OutboxMessage message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(message.Payload);
        var seconds = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.IdempotencyHeader, message.Id.ToString("D"));
        request.Headers.Add(WebhookSignature.TimestampHeader, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.SigningSecret!, seconds, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return exception.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {settings.RequestTimeout}";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} failed (attempt {Attempts}): {Error}; will retry")]
    private static partial void LogRetry(ILogger logger, Guid messageId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} for ticket {TicketId} dead-lettered after {Attempts} attempts: {Error}")]
    private static partial void LogDeadLettered(ILogger logger, Guid messageId, Guid ticketId, int attempts, string error);
}
