using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Web.Customer;

namespace PredictMaint.Ticketing.Web.Pages.Offer;

/// <summary>
/// The customer's booking page behind the signed offer link (no account): the offer, the slots
/// before the latest safe date to book one of, and declining with a reason. A link that is
/// forged, expired or already used gets a friendly page and no ticket data at all. Booking uses
/// the link up and sends the customer on to the status page with a fresh status link.
/// </summary>
public sealed class OfferModel(
    CustomerLink links, OfferResponseStore responses, CustomerVisitStore visits, IOptions<OfferOptions> options) : PageModel
{
    public LinkRefusal Refused { get; private set; }

    public bool Declined { get; private set; }

    public bool Chinese { get; private set; }

    public string CustomerName { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    public string LatestSafeDate { get; private set; } = string.Empty;

    public string Benefit { get; private set; } = string.Empty;

    /// <summary>Set when the slot the customer picked was taken meanwhile.</summary>
    public bool SlotGone { get; private set; }

    public SlotChoice Slots { get; private set; } = new(false, string.Empty, []);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var (link, ticket, site) = await ResolveAsync(token, cancellationToken);
        if (link is not null)
        {
            await ShowAsync(ticket!, site!, cancellationToken);
        }

        return Answer();
    }

    public async Task<IActionResult> OnPostBookAsync(string token, string? slot, CancellationToken cancellationToken)
    {
        var (link, ticket, site) = await ResolveAsync(token, cancellationToken);
        if (link is null)
        {
            return Answer();
        }

        var (outcome, _) = await visits.BookAsync(link, slot, cancellationToken);
        switch (outcome)
        {
            case CustomerVisitOutcome.Done:
                return RedirectToPage("/Status/Index", new { token = visits.StatusToken(link.TicketId), done = "booked" });
            case CustomerVisitOutcome.LinkAlreadyUsed:
                Refused = LinkRefusal.Used;
                return Answer();
            case CustomerVisitOutcome.SlotGone:
                SlotGone = true;
                await ShowAsync(ticket!, site!, cancellationToken);
                return Answer();
            default:
                Refused = LinkRefusal.Closed;
                return Answer();
        }
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, string? reason, string? note, CancellationToken cancellationToken)
    {
        var (link, ticket, site) = await ResolveAsync(token, cancellationToken);
        if (link is null)
        {
            return Answer();
        }

        Language(site!);
        var chosen = Enum.TryParse<DeclineReason>(reason, out var parsed) && Enum.IsDefined(parsed) ? parsed : DeclineReason.Other;
        var outcome = await responses.DeclineAsync(link, chosen, note, cancellationToken);
        Refused = outcome switch
        {
            OfferResponse.LinkAlreadyUsed => LinkRefusal.Used,
            OfferResponse.NoLongerOpen => LinkRefusal.Closed,
            _ => LinkRefusal.None,
        };
        Declined = outcome == OfferResponse.Recorded;
        return Answer();
    }

    private async Task<(OfferLink? Link, Ticket? Ticket, Site? Site)> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        var (refusal, link, ticket, site) = await links.ResolveAsync(token, OfferLinkPurpose.Booking, cancellationToken);
        Refused = refusal switch
        {
            LinkRefusal.None when await responses.IsUsedAsync(link!, cancellationToken) => LinkRefusal.Used,
            LinkRefusal.None when ticket!.State is not (TicketState.Approved or TicketState.Offered) => LinkRefusal.Closed,
            _ => refusal,
        };
        return Refused == LinkRefusal.None ? (link, ticket, site) : (null, null, null);
    }

    private async Task ShowAsync(Ticket ticket, Site site, CancellationToken cancellationToken)
    {
        Language(site);
        var language = site.Language;
        var latestSafe = OfferTexts.LatestSafeDate(ticket, site.TimeZone);
        CustomerName = site.CustomerName;
        Reason = OfferTexts.Reason(ticket, latestSafe, language);
        LatestSafeDate = OfferTexts.FormatDate(latestSafe, language);
        Benefit = options.Value.Benefit.TryGetValue(language, out var benefit) ? benefit : string.Empty;
        Slots = SlotChoice.For(await visits.SlotsAsync(ticket.Id, cancellationToken), site, Chinese ? "预约此时间" : "Book this time");
    }

    private void Language(Site site)
    {
        Chinese = site.Language == SiteLanguages.SimplifiedChinese;
        ViewData["Language"] = site.Language;
    }

    private PageResult Answer()
    {
        CustomerLink.Answer(Response, Refused);
        return Page();
    }
}
