using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Web.Pages.Offer;

/// <summary>
/// The customer's landing page behind a signed offer link (no account). A link that is forged,
/// expired or already used gets a friendly page and no ticket data at all.
/// </summary>
public sealed class OfferModel(
    OfferLinkSigner signer, OfferResponseStore responses, TicketingDbContext db, IOptions<OfferOptions> options) : PageModel
{
    /// <summary>What the page shows instead of the offer, when it does not show it.</summary>
    public enum Refusal
    {
        None,
        Invalid,
        Expired,
        Used,
        Closed,
    }

    public Refusal Refused { get; private set; }

    public bool Declined { get; private set; }

    public bool Chinese { get; private set; }

    public string CustomerName { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    public string LatestSafeDate { get; private set; } = string.Empty;

    public string Benefit { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var (link, ticket, site) = await ResolveAsync(token, cancellationToken);
        if (Refused == Refusal.None)
        {
            Show(ticket!, site!);
        }

        return Answer();
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, string? reason, string? note, CancellationToken cancellationToken)
    {
        var (link, ticket, site) = await ResolveAsync(token, cancellationToken);
        if (Refused != Refusal.None)
        {
            return Answer();
        }

        Show(ticket!, site!);
        var chosen = Enum.TryParse<DeclineReason>(reason, out var parsed) && Enum.IsDefined(parsed) ? parsed : DeclineReason.Other;
        var outcome = await responses.DeclineAsync(link!, chosen, note, cancellationToken);
        Refused = outcome switch
        {
            OfferResponse.LinkAlreadyUsed => Refusal.Used,
            OfferResponse.NoLongerOpen => Refusal.Closed,
            _ => Refusal.None,
        };
        Declined = outcome == OfferResponse.Recorded;
        return Answer();
    }

    private async Task<(OfferLink? Link, Ticket? Ticket, Site? Site)> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            Refused = Refusal.Invalid;
            return (null, null, null);
        }

        var link = signer.Verify(token);
        Refused = link.Check switch
        {
            OfferLinkCheck.Forged => Refusal.Invalid,
            OfferLinkCheck.Expired => Refusal.Expired,
            _ when link.Purpose != OfferLinkPurpose.Booking => Refusal.Invalid,
            _ => Refusal.None,
        };
        if (Refused != Refusal.None)
        {
            return (null, null, null);
        }

        if (await responses.IsUsedAsync(link, cancellationToken))
        {
            Refused = Refusal.Used;
            return (null, null, null);
        }

        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == link.TicketId, cancellationToken);
        var site = ticket is null ? null : await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ticket.SiteId, cancellationToken);
        if (ticket is null || site is null || ticket.State is not (TicketState.Approved or TicketState.Offered))
        {
            Refused = Refusal.Closed;
            return (null, null, null);
        }

        return (link, ticket, site);
    }

    private void Show(Ticket ticket, Site site)
    {
        Chinese = site.Language == SiteLanguages.SimplifiedChinese;
        var language = site.Language;
        var latestSafe = OfferTexts.LatestSafeDate(ticket, site.TimeZone);
        CustomerName = site.CustomerName;
        Reason = OfferTexts.Reason(ticket, latestSafe, language);
        LatestSafeDate = OfferTexts.FormatDate(latestSafe, language);
        Benefit = options.Value.Benefit.TryGetValue(language, out var benefit) ? benefit : string.Empty;
        ViewData["Language"] = language;
    }

    // Refusals answer with an error status too, so nothing downstream (a crawler, a proxy cache) takes them for an offer.
    private PageResult Answer()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.StatusCode = Refused switch
        {
            Refusal.Invalid => StatusCodes.Status404NotFound,
            Refusal.Expired or Refusal.Used or Refusal.Closed => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
