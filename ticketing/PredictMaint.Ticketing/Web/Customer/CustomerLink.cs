using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Web.Customer;

/// <summary>
/// The customer pages' authorisation: a signed link of the right purpose, checked before any
/// ticket data is read; and the answer headers that keep those pages out of caches and referrers.
/// </summary>
public sealed class CustomerLink(OfferLinkSigner signer, TicketingDbContext db, IOptions<OfferOptions> options)
{
    /// <summary>The verified link with its ticket and site, or the refusal (and nothing else).</summary>
    public async Task<(LinkRefusal Refusal, OfferLink? Link, Ticket? Ticket, Site? Site)> ResolveAsync(
        string? token, OfferLinkPurpose purpose, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return (LinkRefusal.Invalid, null, null, null);
        }

        var link = signer.Verify(token);
        var refusal = link.Check switch
        {
            OfferLinkCheck.Forged => LinkRefusal.Invalid,
            OfferLinkCheck.Expired => LinkRefusal.Expired,
            _ when link.Purpose != purpose => LinkRefusal.Invalid,
            _ => LinkRefusal.None,
        };
        if (refusal != LinkRefusal.None)
        {
            return (refusal, null, null, null);
        }

        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == link.TicketId, cancellationToken);
        var site = ticket is null ? null : await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ticket.SiteId, cancellationToken);
        return ticket is null || site is null ? (LinkRefusal.Closed, null, null, null) : (LinkRefusal.None, link, ticket, site);
    }

    /// <summary>Refusals answer with an error status too, so nothing downstream (a crawler, a proxy cache) takes them for a page with data.</summary>
    public static void Answer(HttpResponse response, LinkRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.StatusCode = refusal switch
        {
            LinkRefusal.Invalid => StatusCodes.Status404NotFound,
            LinkRefusal.Expired or LinkRefusal.Used or LinkRefusal.Closed => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
    }
}
