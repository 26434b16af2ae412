using System.Text.RegularExpressions;
using PredictMaint.Testing.Mail;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>Waits for mails the service really sent through the SMTP sink, and reads their links.</summary>
public static partial class CustomerMail
{
    public static Task<List<CapturedMail>> WaitForAsync(SmtpSinkServer smtp, string bodyContains, int count) =>
        Eventually.WaitAsync(
            () => Task.FromResult(smtp.Mails().Where(m => m.Body.Contains(bodyContains, StringComparison.Ordinal)).ToList()),
            found => found.Count >= count,
            TimeSpan.FromSeconds(30),
            $"{count} mails mentioning {bodyContains}");

    /// <summary>The token of the <c>/offer/</c> or <c>/status/</c> link in a mail.</summary>
    public static string TokenIn(CapturedMail mail, string page)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var match = Assert.Single(Link().Matches(mail.Body), m => m.Groups["page"].Value == page);
        return match.Groups["token"].Value;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/(?<page>offer|status)/(?<token>[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)")]
    private static partial Regex Link();
}
