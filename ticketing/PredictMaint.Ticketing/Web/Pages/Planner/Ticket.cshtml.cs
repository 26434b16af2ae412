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
    TicketRepository repository, AuditStore audit, PlannerActions actions, TicketWorkflowStore workflow, SiteStore sites, FieldServiceStore fieldService) : PageModel
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
        Duplicates = await workflow.DuplicatesOfAsync(id, cancellationToken);
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
