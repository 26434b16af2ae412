using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Web.Actions;
using PredictMaint.Ticketing.Web.Queue;

namespace PredictMaint.Ticketing.Web.Pages.Planner;

/// <summary>The review queue with filters and bulk approve / reject.</summary>
public sealed class QueueModel(ReviewQueueReader queue, PlannerActions actions, TimeProvider timeProvider) : PageModel
{
    public static IReadOnlyList<string> Components { get; } = ["filter", "pump", "bearing"];

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Component { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Model { get; set; }

    [TempData]
    public string? Outcomes { get; set; }

    public IReadOnlyList<Ticket> Tickets { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<ActionMessage> Messages { get; private set; } = [];

    public TimeSpan RemainingLife(Ticket ticket) => ReviewQueueOrder.RemainingLife(ticket, timeProvider.GetUtcNow());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Messages = ActionMessages.Read(Outcomes);
        var state = Enum.TryParse<TicketState>(State, out var parsed) ? parsed : (TicketState?)null;
        (Tickets, Total) = await queue.LoadAsync(new ReviewQueueFilter(Site, Component, state, Model, Region), cancellationToken);
    }

    /// <summary>Each selected ticket goes through the workflow on its own; one refusal does not stop the rest.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string[] selected, string? bulkAction, string? reasonCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var results = new List<ActionMessage>();
        TransitionRequest? request = bulkAction switch
        {
            "approve" => new TransitionRequest(TicketAction.Approve),
            "reject" when Enum.TryParse<RejectionReason>(reasonCode, out var reason) => new TransitionRequest(TicketAction.Reject) { RejectionReason = reason },
            _ => null,
        };
        if (request is null)
        {
            results.Add(new ActionMessage(false, bulkAction == "reject" ? "Choose a reject reason first." : "Choose an action."));
        }
        else if (selected.Length == 0)
        {
            results.Add(new ActionMessage(false, "Select at least one ticket."));
        }
        else
        {
            foreach (var item in selected)
            {
                var parts = item.Split(':');
                if (parts.Length != 2 || !Guid.TryParse(parts[0], out var id) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    results.Add(new ActionMessage(false, "A selection was not understood and was skipped."));
                    continue;
                }

                results.Add(await actions.TransitionAsync(User, id, version, request, cancellationToken));
            }
        }

        Outcomes = ActionMessages.Write(results);
        return RedirectToPage(new { Region, Site, Component, State, Model });
    }
}
