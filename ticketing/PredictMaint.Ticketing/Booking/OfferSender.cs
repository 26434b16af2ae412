using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Metrics;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// One relay cycle: sends the customer messages that are due, each ticket's in the order they were
/// queued (per channel), one at a time: claim the row, send, record the outcome on that row alone
/// and commit. That save touches no ticket, so no concurrent ticket change can make it lose and
/// send the mail again. Only then does a sent offer move its ticket to Offered, in a save of its
/// own (<see cref="OfferedMarker"/>). A failed send is retried with capped exponential backoff;
/// after the configured attempts it is marked failed and logged as critical. On PostgreSQL each
/// row is claimed with <c>FOR UPDATE SKIP LOCKED</c> until its outcome is committed, so instances
/// sharing the database never send the same row. Delivery is at least once: a crash between the
/// SMTP answer and that commit sends again.
/// </summary>
public sealed partial class OfferSender(
    TicketingDbContext db,
    DatabaseLocation location,
    IEnumerable<IOfferNotifier> notifiers,
    OfferLinkSigner signer,
    OfferedMarker offered,
    IOptions<OfferOptions> options,
    IServer server,
    TimeProvider timeProvider,
    TicketingMetrics metrics,
    ILogger<OfferSender> logger)
{
    public const int BatchSize = 20;

    /// <summary>Returns how many notifications it handled (sent, dropped or rescheduled) and tickets it moved to Offered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var handled = await offered.MoveLeftoversAsync(BatchSize, cancellationToken);
        for (var claimed = 0; claimed < BatchSize; claimed++)
        {
            if (await SendNextAsync(cancellationToken) is not { } notification)
            {
                break;
            }

            handled++;
            if (notification is { Kind: CustomerMessageKind.Offer, Status: OfferNotificationStatus.Sent })
            {
                await offered.MoveAsync(notification.TicketId, cancellationToken);
            }
        }

        return handled;
    }

    /// <summary>Claims the next due notification, handles it and commits its outcome; null when none is due.</summary>
    private async Task<OfferNotification?> SendNextAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = timeProvider.GetUtcNow();
        await using var claim = location.IsPostgres ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var notification = location.IsPostgres
            ? (await ClaimOnPostgresAsync(now, cancellationToken)).SingleOrDefault()
            : await db.OfferNotifications
                .Where(n => n.Status == OfferNotificationStatus.Pending && n.NextAttemptAt <= now
                    && !db.OfferNotifications.Any(o => o.TicketId == n.TicketId && o.Channel == n.Channel && o.Status == OfferNotificationStatus.Pending
                        && (o.CreatedAt < n.CreatedAt || (o.CreatedAt == n.CreatedAt && o.Kind < n.Kind))))
                .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
                .FirstOrDefaultAsync(cancellationToken);
        if (notification is null)
        {
            return null;
        }

        await HandleAsync(notification, cancellationToken);
        // The notification row alone (ticket and site were read untracked): nothing a ticket change writes.
        await db.SaveChangesAsync(cancellationToken);
        if (claim is not null)
        {
            await claim.CommitAsync(cancellationToken);
        }

        if (notification.Status == OfferNotificationStatus.Sent)
        {
            metrics.CustomerMessageSent(notification.Channel, notification.Kind.ToString());
        }

        return notification;
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
            LIMIT 1
            FOR UPDATE OF n SKIP LOCKED").ToListAsync(cancellationToken);

    private async Task HandleAsync(OfferNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == notification.TicketId, cancellationToken);
        var isOffer = notification.Kind == CustomerMessageKind.Offer;
        // An offer still applies once Offered: the other channel's copy may have set that state.
        if (ticket is null || (isOffer ? ticket.State is not (TicketState.Approved or TicketState.Offered) : ticket.State is TicketState.Cancelled or TicketState.Rejected))
        {
            Drop(notification, $"ticket is {ticket?.State.ToString() ?? "gone"}; a {notification.Kind} message no longer applies");
            return;
        }

        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ticket.SiteId, cancellationToken);
        var isSms = notification.Channel == WebhookSmsNotifier.SmsChannel;
        var recipient = isSms ? site?.Phone : site?.Email;
        if (site is null || string.IsNullOrWhiteSpace(recipient))
        {
            Drop(notification, $"site '{ticket.SiteId}' has no entry or no {(isSms ? "phone number" : "e-mail")} in the site directory");
            return;
        }

        if (notifiers.FirstOrDefault(n => n.Channel == notification.Channel) is not { } notifier)
        {
            Drop(notification, $"no notifier for channel '{notification.Channel}'");
            return;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} message for ticket {TicketId} sent by {Channel}")]
    private static partial void LogSent(ILogger logger, CustomerMessageKind kind, Guid ticketId, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} message for ticket {TicketId} not sent (attempt {Attempt}); next try at {NextAttemptAt}: {Error}")]
    private static partial void LogRetry(ILogger logger, CustomerMessageKind kind, Guid ticketId, int attempt, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Kind} message for ticket {TicketId} given up after {Attempts} attempts; the customer was not told")]
    private static partial void LogGaveUp(ILogger logger, CustomerMessageKind kind, Guid ticketId, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} message for ticket {TicketId} dropped: {Why}")]
    private static partial void LogDropped(ILogger logger, CustomerMessageKind kind, Guid ticketId, string why);
}
