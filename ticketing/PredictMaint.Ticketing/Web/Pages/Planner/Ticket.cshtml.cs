using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Persistence;
using PredictMaint.Ticketing.Security;
using PredictMaint.Ticketing.Web.Actions;
using PredictMaint.Ticketing.Web.Charts;

namespace PredictMaint.Ticketing.Web.Pages.Planner;

/// <summary>One ticket: why, evidence, the device's other tickets, the audit trail, and the planner's actions.</summary>
public sealed class TicketModel(
    TicketRepository repository, AuditStore audit, PlannerActions actions, SiteStore sites, FieldServiceStore fieldService, ComponentCatalogue catalogue) : PageModel
{
    private static readonly TicketAction[] PageActions = [TicketAction.Approve, TicketAction.Reject];

    [TempData]
    public string? Outcomes { get; set; }

    public Ticket? Ticket { get; private set; }

    public IReadOnlyList<Ticket> DeviceHistory { get; private set; } = [];

    public IReadOnlyList<AuditRecord> Audit { get; private set; } = [];

    public IReadOnlyList<ActionMessage> Messages { get; private set; } = [];

    /// <summary>Actions the workflow table allows this user's role in the ticket's state.</summary>
    public IReadOnlyList<TicketAction> Actions { get; private set; } = [];

    public string Role => ClaimsActor.Of(User).Role;

    public string ChartSvg { get; private set; } = string.Empty;

    /// <summary>Whether the domain would let this user set the priority (for showing the form).</summary>
    public bool MayChangePriority { get; private set; }

    /// <summary>The site (for its clock), when it is in the directory.</summary>
    public Site? Site { get; private set; }

    /// <summary>The technician holding the visit, and the one assigned (they differ until Assign).</summary>
    public Technician? BookedTechnician { get; private set; }

    public Technician? AssignedTechnician { get; private set; }

    /// <summary>Other open tickets at the same site this one could be merged into.</summary>
    public IReadOnlyList<Ticket> MergeTargets { get; private set; } = [];

    /// <summary>Tickets merged into this one as duplicates.</summary>
    public IReadOnlyList<Ticket> Duplicates { get; private set; } = [];

    /// <summary>Merging cancels the duplicate, so it needs the cancel rule's state and role.</summary>
    public bool MayMerge => Ticket is { } t && PlannerActions.RoleMay(User, TicketAction.Cancel, t.State);

    /// <summary>Technicians with the skill the component needs, when this user may assign the ticket (Booked or Reopened).</summary>
    public IReadOnlyList<Technician> AssignChoices { get; private set; } = [];

    /// <summary>A UTC time on the site's clock (UTC when the site is unknown).</summary>
    public string Local(DateTimeOffset at) => SlotPlanner.Local(at, Site?.TimeZone ?? TimeZoneInfo.Utc);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Ticket = await repository.FindAsync(id, cancellationToken);
        if (Ticket is null)
        {
            return NotFound();
        }

        Messages = ActionMessages.Read(Outcomes);
        (DeviceHistory, _) = await repository.ListAsync(new TicketQuery(DeviceId: Ticket.DeviceId), cancellationToken);
        Audit = await audit.HistoryAsync(id, cancellationToken);
        Actions = [.. PageActions.Where(a => PlannerActions.RoleMay(User, a, Ticket.State))];
        ChartSvg = EvidenceChart.Render(Ticket);
        MayChangePriority = Ticket.IsOpen && Ticket.PriorityRoles.Contains(Role);
        Site = await sites.FindAsync(Ticket.SiteId, cancellationToken);
        BookedTechnician = Ticket.BookedTechnicianId is { } booked ? await fieldService.TechnicianAsync(booked, cancellationToken) : null;
        AssignedTechnician = Ticket.TechnicianId is { } assigned ? await fieldService.TechnicianAsync(assigned, cancellationToken) : null;
        Duplicates = await repository.DuplicatesOfAsync(id, cancellationToken);
        if (PlannerActions.RoleMay(User, TicketAction.Assign, Ticket.State) && catalogue.For(Ticket.Component) is { } requirement)
        {
            AssignChoices = [.. (await fieldService.TechniciansAsync(null, cancellationToken)).Where(t => t.Has(requirement.Skill))];
        }

        if (MayMerge)
        {
            var (atSite, _) = await repository.ListAsync(new TicketQuery { SiteId = Ticket.SiteId }, cancellationToken);
            MergeTargets = [.. atSite.Where(t => t.IsOpen && t.Id != id && t.MergedIntoId is null)];
        }

        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, new TransitionRequest(TicketAction.Approve), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, int version, string? reasonCode, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<RejectionReason>(reasonCode, out var reason))
        {
            Outcomes = ActionMessages.Write([new ActionMessage(false, "Choose a reject reason.")]);
            return Task.FromResult<IActionResult>(RedirectToPage(new { id }));
        }

        return ActAsync(id, version, new TransitionRequest(TicketAction.Reject) { RejectionReason = reason }, cancellationToken);
    }

    public async Task<IActionResult> OnPostPriorityAsync(Guid id, int version, string? priority, CancellationToken cancellationToken)
    {
        var message = Enum.TryParse<Priority>(priority, out var parsed) && Enum.IsDefined(parsed)
            ? await actions.ChangePriorityAsync(User, id, version, parsed, cancellationToken)
            : new ActionMessage(false, "Choose a priority.");
        Outcomes = ActionMessages.Write([message]);
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Assign through the workflow; a reopened ticket also needs the revisit's start, given on the
    /// site's clock (<c>datetime-local</c>) and converted here, so the part can be reserved again.
    /// </summary>
    public async Task<IActionResult> OnPostAssignAsync(Guid id, int version, string? technicianId, string? revisit, CancellationToken cancellationToken)
    {
        DateTimeOffset? start = null;
        if (!string.IsNullOrEmpty(revisit))
        {
            var ticket = await repository.FindAsync(id, cancellationToken);
            var site = ticket is null ? null : await sites.FindAsync(ticket.SiteId, cancellationToken);
            if (DateTime.TryParseExact(revisit, "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local))
            {
                var zone = site?.TimeZone ?? TimeZoneInfo.Utc;
                start = zone.IsInvalidTime(local) ? null : new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
            }
        }

        var message = string.IsNullOrWhiteSpace(technicianId)
            ? new ActionMessage(false, "Choose a technician.")
            : !string.IsNullOrEmpty(revisit) && start is null
                ? new ActionMessage(false, "The revisit start is not a valid time on the site's clock.")
                : await actions.TransitionAsync(User, id, version, new TransitionRequest(TicketAction.Assign) { TechnicianId = technicianId, SlotStart = start }, cancellationToken);
        Outcomes = ActionMessages.Write([message]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, int version, Guid? into, string? note, CancellationToken cancellationToken)
    {
        var message = into is { } target
            ? await actions.MergeAsync(User, id, version, target, note, cancellationToken)
            : new ActionMessage(false, "Choose the ticket to merge into.");
        Outcomes = ActionMessages.Write([message]);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ActAsync(Guid id, int version, TransitionRequest request, CancellationToken cancellationToken)
    {
        var message = await actions.TransitionAsync(User, id, version, request, cancellationToken);
        Outcomes = ActionMessages.Write([message]);
        return RedirectToPage(new { id });
    }
}
