using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Metrics;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// One relay cycle: composes and sends the customer messages that are due, each ticket's in the
/// order they were queued (per channel). A sent offer moves its ticket to Offered (the workflow's
/// offer, by the system) in the same save. A failed send is retried with capped exponential
/// backoff; after the configured attempts it is marked failed and logged as critical. On
/// PostgreSQL each cycle claims its rows with <c>FOR UPDATE SKIP LOCKED</c> for its length, so
/// instances sharing the database never send the same row; delivery stays at least once (a crash
/// after the SMTP answer and before the commit sends again).
/// </summary>
public sealed partial class OfferSender(
    TicketingDbContext db,
    DatabaseLocation location,
    IEnumerable<IOfferNotifier> notifiers,
    OfferLinkSigner signer,
    IOptions<OfferOptions> options,
    IServer server,
    TimeProvider timeProvider,
    TicketingMetrics metrics,
    ILogger<OfferSender> logger)
{
    public const int BatchSize = 20;

    /// <summary>Saves of a sent offer's outcome tried against concurrent changes of its ticket.</summary>
    private const int MaxSaveAttempts = 64;

    /// <summary>Who marks a ticket Offered once its offer went out.</summary>
    public static readonly Actor Relay = Actor.System("offer-relay");

    /// <summary>Returns how many notifications it handled (sent, dropped or rescheduled).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        await using var claim = location.IsPostgres ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var due = location.IsPostgres ? await ClaimOnPostgresAsync(now, cancellationToken) : await db.OfferNotifications
            .Where(n => n.Status == OfferNotificationStatus.Pending && n.NextAttemptAt <= now
                && !db.OfferNotifications.Any(o => o.TicketId == n.TicketId && o.Channel == n.Channel && o.Status == OfferNotificationStatus.Pending
                    && (o.CreatedAt < n.CreatedAt || (o.CreatedAt == n.CreatedAt && o.Kind < n.Kind))))
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var notification in due)
        {
            if (db.Entry(notification).State == EntityState.Detached)
            {
                db.OfferNotifications.Attach(notification);
            }

            var offered = await HandleAsync(notification, cancellationToken);
            await SaveAsync(notification, offered, cancellationToken);
        }

        if (claim is not null)
        {
            await claim.CommitAsync(cancellationToken);
        }

        foreach (var sent in due.Where(n => n.Status == OfferNotificationStatus.Sent))
        {
            metrics.CustomerMessageSent(sent.Channel, sent.Kind.ToString());
        }

        return due.Count;
    }

    // A later row of a ticket waits while an earlier one is pending, even when another instance holds it.
    private Task<List<OfferNotification>> ClaimOnPostgresAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.OfferNotifications.FromSqlInterpolated($@"
            SELECT n.* FROM ""OfferNotifications"" n
            WHERE n.""Status"" = 'Pending' AND n.""NextAttemptAt"" <= {now.UtcTicks}
              AND NOT EXISTS (SELECT 1 FROM ""OfferNotifications"" o
                              WHERE o.""TicketId"" = n.""TicketId"" AND o.""Channel"" = n.""Channel"" AND o.""Status"" = 'Pending'
                                AND (o.""CreatedAt"" < n.""CreatedAt"" OR (o.""CreatedAt"" = n.""CreatedAt"" AND o.""Kind"" < n.""Kind"")))
            ORDER BY n.""NextAttemptAt"", n.""Id""
            LIMIT {BatchSize}
            FOR UPDATE OF n SKIP LOCKED").ToListAsync(cancellationToken);

    /// <returns>True when an offer went out (its ticket is to become Offered).</returns>
    private async Task<bool> HandleAsync(OfferNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == notification.TicketId, cancellationToken);
        var isOffer = notification.Kind == CustomerMessageKind.Offer;
        // An offer still applies once Offered: the other channel's copy may have set that state.
        if (ticket is null || (isOffer ? ticket.State is not (TicketState.Approved or TicketState.Offered) : ticket.State is TicketState.Cancelled or TicketState.Rejected))
        {
            Drop(notification, $"ticket is {ticket?.State.ToString() ?? "gone"}; a {notification.Kind} message no longer applies");
            return false;
        }

        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ticket.SiteId, cancellationToken);
        var isSms = notification.Channel == WebhookSmsNotifier.SmsChannel;
        var recipient = isSms ? site?.Phone : site?.Email;
        if (site is null || string.IsNullOrWhiteSpace(recipient))
        {
            Drop(notification, $"site '{ticket.SiteId}' has no entry or no {(isSms ? "phone number" : "e-mail")} in the site directory");
            return false;
        }

        if (notifiers.FirstOrDefault(n => n.Channel == notification.Channel) is not { } notifier)
        {
            Drop(notification, $"no notifier for channel '{notification.Channel}'");
            return false;
        }

        var baseUrl = settings.PublicBaseUrl ?? OwnAddress();
        string subject, body, sms;
        if (isOffer)
        {
            var link = new Uri(baseUrl, "offer/" + signer.Create(ticket.Id, OfferLinkPurpose.Booking, now + settings.LinkLifetime));
            var benefit = settings.Benefit.TryGetValue(site.Language, out var text) ? text : string.Empty;
            var offer = OfferTexts.Compose(ticket, site, benefit, link);
            (subject, body, sms) = (offer.Subject, offer.Body, $"{offer.Subject}: {link}");
        }
        else
        {
            var link = new Uri(baseUrl, "status/" + signer.Create(ticket.Id, OfferLinkPurpose.Status, now + settings.StatusLinkLifetime));
            var technicianId = ticket.TechnicianId ?? ticket.BookedTechnicianId;
            var technician = await db.Technicians.AsNoTracking().Where(t => t.Id == technicianId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            (subject, body, sms) = StepTexts.Compose(notification.Kind, ticket, site, technician, link);
        }

        var message = new OfferMessage(recipient, site.Language, subject, isSms ? sms : body) { Id = notification.Id };
        notification.Recipient = recipient;
        notification.Attempts++;
        try
        {
            await notifier.SendAsync(message, cancellationToken);
            notification.Status = OfferNotificationStatus.Sent;
            notification.SentAt = now;
            notification.LastError = null;
            LogSent(logger, notification.Kind, ticket.Id, notification.Channel);
            return isOffer;
        }
        catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or System.Net.Sockets.SocketException
            or HttpRequestException or InvalidOperationException)
        {
            notification.LastError = Truncate(exception.Message);
            if (notification.Attempts >= settings.MaxAttempts)
            {
                notification.Status = OfferNotificationStatus.Failed;
                LogGaveUp(logger, notification.Kind, ticket.Id, notification.Attempts, exception);
            }
            else
            {
                notification.NextAttemptAt = now + RetryBackoff.After(notification.Attempts, settings.InitialBackoff, settings.MaxBackoff, notification.Id);
                LogRetry(logger, notification.Kind, ticket.Id, notification.Attempts, notification.NextAttemptAt, exception.Message);
            }

            return false;
        }
    }

    /// <summary>Saves the notification's outcome, with the ticket's move to Offered when an offer went out; a planner's concurrent change is read again.</summary>
    private async Task SaveAsync(OfferNotification notification, bool offered, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (offered)
            {
                var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == notification.TicketId, cancellationToken);
                if (ticket is { State: TicketState.Approved })
                {
                    var before = TicketSnapshot.Of(ticket);
                    var now = timeProvider.GetUtcNow();
                    if (ticket.Transition(new TransitionRequest(TicketAction.Offer), Relay, now).Allowed)
                    {
                        TicketChanges.Record(db, ticket, before, Relay, nameof(TicketAction.Offer), now, TicketEvents.Transitioned);
                    }
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (offered && attempt < MaxSaveAttempts && WriteConflicts.IsWriteConflict(exception))
            {
                // The mail is out: losing this save would roll back the claim and send it again next
                // cycle. A predictor catching up sends a ticket's changes back to back, so retrying at
                // once can lose every time; a short random pause lets the burst pass.
                LogSaveConflict(logger, notification.TicketId, attempt);
                db.ChangeTracker.Clear();
                db.OfferNotifications.Update(notification);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(attempt * 5, 100))), TimeProvider.System, cancellationToken);
            }
        }
    }

    private void Drop(OfferNotification notification, string why)
    {
        notification.Status = OfferNotificationStatus.Dropped;
        notification.LastError = Truncate(why);
        LogDropped(logger, notification.Kind, notification.TicketId, why);
    }

    private Uri OwnAddress() =>
        new(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Set Ticketing:Offers:PublicBaseUrl: the service has no listening address to build links on."));

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Offer for ticket {TicketId} sent; its ticket changed meanwhile (attempt {Attempt}), saving again")]
    private static partial void LogSaveConflict(ILogger logger, Guid ticketId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} message for ticket {TicketId} sent by {Channel}")]
    private static partial void LogSent(ILogger logger, CustomerMessageKind kind, Guid ticketId, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} message for ticket {TicketId} not sent (attempt {Attempt}); next try at {NextAttemptAt}: {Error}")]
    private static partial void LogRetry(ILogger logger, CustomerMessageKind kind, Guid ticketId, int attempt, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Kind} message for ticket {TicketId} given up after {Attempts} attempts; the customer was not told")]
    private static partial void LogGaveUp(ILogger logger, CustomerMessageKind kind, Guid ticketId, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} message for ticket {TicketId} dropped: {Why}")]
    private static partial void LogDropped(ILogger logger, CustomerMessageKind kind, Guid ticketId, string why);
}
