using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// One relay cycle: composes and sends the offers that are due. A failed send is retried with
/// capped exponential backoff; after the configured attempts it is marked failed and logged as
/// critical. Delivery is at least once (a crash after the SMTP answer and before the save sends
/// again). Several instances on one database may both send a row: claiming rows with
/// <c>FOR UPDATE SKIP LOCKED</c>, as the dispatch outbox does, is not built yet.
/// </summary>
public sealed partial class OfferSender(
    TicketingDbContext db,
    IEnumerable<IOfferNotifier> notifiers,
    OfferLinkSigner signer,
    IOptions<OfferOptions> options,
    IServer server,
    TimeProvider timeProvider,
    ILogger<OfferSender> logger)
{
    public const int BatchSize = 20;

    /// <summary>Returns how many notifications it handled (sent, dropped or rescheduled).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var due = await db.OfferNotifications
            .Where(n => n.Status == OfferNotificationStatus.Pending && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var notification in due)
        {
            await HandleAsync(notification, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }

    private async Task HandleAsync(OfferNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == notification.TicketId, cancellationToken);
        if (ticket is null || ticket.State != TicketState.Approved)
        {
            Drop(notification, $"ticket is {ticket?.State.ToString() ?? "gone"}; an offer no longer applies");
            return;
        }

        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ticket.SiteId, cancellationToken);
        if (site is null || string.IsNullOrWhiteSpace(site.Email))
        {
            Drop(notification, $"site '{ticket.SiteId}' has no entry or no e-mail in the site directory");
            return;
        }

        if (notifiers.FirstOrDefault(n => n.Channel == notification.Channel) is not { } notifier)
        {
            Drop(notification, $"no notifier for channel '{notification.Channel}'");
            return;
        }

        var token = signer.Create(ticket.Id, OfferLinkPurpose.Booking, now + settings.LinkLifetime);
        var link = new Uri(settings.PublicBaseUrl ?? OwnAddress(), "offer/" + token);
        var benefit = settings.Benefit.TryGetValue(site.Language, out var text) ? text : string.Empty;
        var message = OfferTexts.Compose(ticket, site, benefit, link);
        notification.Recipient = message.Recipient;
        notification.Attempts++;
        try
        {
            await notifier.SendAsync(message, cancellationToken);
            notification.Status = OfferNotificationStatus.Sent;
            notification.SentAt = now;
            notification.LastError = null;
            LogSent(logger, ticket.Id, notification.Channel);
        }
        catch (Exception exception) when (exception is System.Net.Mail.SmtpException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            notification.LastError = Truncate(exception.Message);
            if (notification.Attempts >= settings.MaxAttempts)
            {
                notification.Status = OfferNotificationStatus.Failed;
                LogGaveUp(logger, ticket.Id, notification.Attempts, exception);
            }
            else
            {
                notification.NextAttemptAt = now + RetryBackoff.After(notification.Attempts, settings.InitialBackoff, settings.MaxBackoff, notification.Id);
                LogRetry(logger, ticket.Id, notification.Attempts, notification.NextAttemptAt, exception.Message);
            }
        }
    }

    private void Drop(OfferNotification notification, string why)
    {
        notification.Status = OfferNotificationStatus.Dropped;
        notification.LastError = Truncate(why);
        LogDropped(logger, notification.TicketId, why);
    }

    private Uri OwnAddress() =>
        new(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Set Ticketing:Offers:PublicBaseUrl: the service has no listening address to build links on."));

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];

    [LoggerMessage(Level = LogLevel.Information, Message = "Offer for ticket {TicketId} sent by {Channel}")]
    private static partial void LogSent(ILogger logger, Guid ticketId, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Offer for ticket {TicketId} not sent (attempt {Attempt}); next try at {NextAttemptAt}: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid ticketId, int attempt, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Offer for ticket {TicketId} given up after {Attempts} attempts; the customer was not told")]
    private static partial void LogGaveUp(ILogger logger, Guid ticketId, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Offer for ticket {TicketId} dropped: {Why}")]
    private static partial void LogDropped(ILogger logger, Guid ticketId, string why);
}
