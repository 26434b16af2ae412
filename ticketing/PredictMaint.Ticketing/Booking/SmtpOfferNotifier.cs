using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Booking;

/// <summary>Sends offers as plain-text UTF-8 mail over SMTP (System.Net.Mail; MailKit is not on the feed).</summary>
public sealed class SmtpOfferNotifier(IOptions<OfferOptions> options) : IOfferNotifier
{
    public string Channel => OfferEnqueuer.EmailChannel;

    public async Task SendAsync(OfferMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)settings.SmtpTimeout.TotalMilliseconds,
        };
        using var mail = new MailMessage(settings.From, message.Recipient)
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        mail.Headers.Add("Content-Language", message.Language);
        await client.SendMailAsync(mail, cancellationToken);
    }
}
