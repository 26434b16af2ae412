using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Web.Actions;
using PredictMaint.Ticketing.Web.Dispatch;

namespace PredictMaint.Ticketing.Web.Pages.Planner;

/// <summary>
/// The dispatch board: technicians' calendars with their visits, depots with their stock and
/// reservations, and a form per booked visit to give it to another qualified technician
/// (the workflow's Assign, which moves the reservation).
/// </summary>
public sealed class DispatchModel(DispatchBoardReader reader, PlannerActions actions, ComponentCatalogue catalogue, TimeProvider timeProvider) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary><c>week</c> (default) or <c>day</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [TempData]
    public string? Outcomes { get; set; }

    public DispatchBoard Board { get; private set; } = null!;

    public IReadOnlyList<ActionMessage> Messages { get; private set; } = [];

    public bool IsWeek => !string.Equals(View, "day", StringComparison.Ordinal);

    /// <summary>Whether this user's role may assign at all (for showing the forms).</summary>
    public bool MayAssign => PlannerActions.RoleMay(User, TicketAction.Assign, TicketState.Booked);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Messages = ActionMessages.Read(Outcomes);
        DateOnly? date = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        Board = await reader.ReadAsync(Region, date, IsWeek, timeProvider.GetUtcNow(), cancellationToken);
    }

    /// <summary>Technicians who have the skill the ticket's component needs.</summary>
    public IEnumerable<Technician> QualifiedFor(Ticket ticket) =>
        catalogue.For(ticket.Component) is { } requirement ? Board.Qualified(requirement.Skill) : [];

    public string Link(DateOnly date, bool week) =>
        $"/planner/dispatch?region={Uri.EscapeDataString(Board.Region ?? string.Empty)}&date={date:yyyy-MM-dd}&view={(week ? "week" : "day")}";

    public async Task<IActionResult> OnPostAssignAsync(Guid ticketId, int version, string? technicianId, CancellationToken cancellationToken)
    {
        var message = string.IsNullOrWhiteSpace(technicianId)
            ? new ActionMessage(false, "Choose a technician.")
            : await actions.TransitionAsync(User, ticketId, version, new TransitionRequest(TicketAction.Assign) { TechnicianId = technicianId }, cancellationToken);
        Outcomes = ActionMessages.Write([message]);
        return RedirectToPage(new { region = Region, date = Date, view = View });
    }
}
