using System.Text.RegularExpressions;
using PredictMaint.Testing.Mail;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>Waits for the offer mail the service really sent through the SMTP sink, and reads its link.</summary>
public static partial class OfferMails
{
    public static async Task<CapturedMail> WaitForAsync(UiServer server, string recipient)
    {
        ArgumentNullException.ThrowIfNull(server);
        var mails = await Eventually.WaitAsync(
            () => Task.FromResult(server.Smtp.Mails().Where(m => m.To.Contains(recipient, StringComparison.OrdinalIgnoreCase)).ToList()),
            found => found.Count > 0,
            TimeSpan.FromSeconds(30),
            $"an offer mail to {recipient}");
        return Assert.Single(mails);
    }

    public static Uri LinkIn(CapturedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return new Uri(Assert.Single(Link().Matches(mail.Body)).Value);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/offer/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
