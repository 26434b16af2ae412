using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Web.Customer;

namespace PredictMaint.Ticketing.Web.Pages.Status;

/// <summary>
/// The customer's status page behind a signed status link (issued when booking and in every step
/// mail; not single use): the visit's progress with technician and time window on the site's
/// clock, rescheduling while booked, and after the work confirming, reopening (within the
/// workflow's 24 h) and rating. Every action is a workflow transition by role customer.
/// </summary>
public sealed class StatusModel(
    CustomerLink links, CustomerVisitStore visits, CustomerRatingStore ratings, TicketingDbContext db, TimeProvider timeProvider) : PageModel
{
    public static readonly string[] RatingReasons = ["Problem fixed", "On time", "Friendly technician", "Came late", "Problem not fixed", "Other"];

    public static readonly string[] ChineseRatingReasons = ["问题已解决", "准时", "技术员友好", "迟到", "问题未解决", "其他"];

    public LinkRefusal Refused { get; private set; }

    public bool Chinese { get; private set; }

    public Ticket? Ticket { get; private set; }

    public string CustomerName { get; private set; } = string.Empty;

    public string Part { get; private set; } = string.Empty;

    public string? TechnicianName { get; private set; }

    public string Window { get; private set; } = string.Empty;

    public int? CurrentStep { get; private set; }

    public bool CanConfirm { get; private set; }

    public bool CanReopen { get; private set; }

    public bool CanRate { get; private set; }

    public SlotChoice? Reschedule { get; private set; }

    /// <summary>What the last action did (<c>booked</c>, <c>rescheduled</c>, <c>confirmed</c>, <c>reopened</c>, <c>rated</c>) or why it failed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(token, cancellationToken) is { } site)
        {
            await ShowAsync(site, cancellationToken);
        }

        return Answer();
    }

    public Task<IActionResult> OnPostRescheduleAsync(string token, string? slot, CancellationToken cancellationToken) =>
        ActAsync(token, "rescheduled", id => visits.RescheduleAsync(id, slot, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(string token, CancellationToken cancellationToken) =>
        ActAsync(token, "confirmed", id => visits.ConfirmAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(string token, string? note, CancellationToken cancellationToken) =>
        ActAsync(token, "reopened", id => visits.ReopenAsync(id, note, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRateAsync(string token, int score, int reason, CancellationToken cancellationToken) =>
        ActAsync(token, "rated", async id =>
        {
            var text = RatingReasons[Math.Clamp(reason, 0, RatingReasons.Length - 1)];
            var (rating, _, _, _) = await ratings.RecordAsync(id, score, text, cancellationToken);
            return (rating is null ? CustomerVisitOutcome.NotPossible : CustomerVisitOutcome.Done, null);
        }, cancellationToken);

    private async Task<IActionResult> ActAsync(
        string token, string done, Func<Guid, Task<(CustomerVisitOutcome Outcome, string? Reason)>> act, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(token, cancellationToken) is null)
        {
            return Answer();
        }

        var (outcome, _) = await act(Ticket!.Id);
        var result = outcome switch
        {
            CustomerVisitOutcome.Done => done,
            CustomerVisitOutcome.SlotGone => "slot-gone",
            _ => "not-possible",
        };
        // Post/redirect/get: reloading the page never repeats the action.
        return RedirectToPage(new { token, done = result });
    }

    private async Task<Site?> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        var (refusal, _, ticket, site) = await links.ResolveAsync(token, OfferLinkPurpose.Status, cancellationToken);
        Refused = refusal;
        Ticket = ticket;
        return refusal == LinkRefusal.None ? site : null;
    }

    private async Task ShowAsync(Site site, CancellationToken cancellationToken)
    {
        var ticket = Ticket!;
        Chinese = site.Language == SiteLanguages.SimplifiedChinese;
        ViewData["Language"] = site.Language;
        CustomerName = site.CustomerName;
        Part = OfferTexts.ComponentName(ticket.Component, site.Language);
        Window = StepTexts.Window(ticket, site);
        CurrentStep = VisitProgress.Current(ticket.State);
        if (ticket.TechnicianId is { } technicianId)
        {
            TechnicianName = await db.Technicians.AsNoTracking().Where(t => t.Id == technicianId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        }

        var now = timeProvider.GetUtcNow();
        CanConfirm = ticket.State == TicketState.Resolved;
        CanReopen = ticket.FinishedAt is { } finished && now - finished <= TicketWorkflow.ReopenWindow;
        CanRate = ticket.State is TicketState.Resolved or TicketState.Closed
            && !await db.CustomerRatings.AnyAsync(r => r.TicketId == ticket.Id, cancellationToken);
        if (ticket.State == TicketState.Booked)
        {
            var slots = await visits.SlotsAsync(ticket.Id, cancellationToken);
            Reschedule = SlotChoice.For([.. slots.Where(s => s.Start != ticket.SlotStart)], site, Chinese ? "改到此时间" : "Move my visit to this time");
        }
    }

    private PageResult Answer()
    {
        CustomerLink.Answer(Response, Refused);
        return Page();
    }
}
