using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Tests.Domain;

/// <summary>For each action, a request carrying exactly the evidence it needs.</summary>
public static class ValidTransitions
{
    public static readonly TechnicianFindings Findings = new(
        "FLT-200",
        FindingCondition.ConfirmsPrediction,
        new Dictionary<string, double> { ["pressure_drop_kpa"] = 21.5, ["flow_lpm"] = 12 });

    public static TransitionRequest For(TicketAction action) => action switch
    {
        TicketAction.Reject => new(action) { RejectionReason = RejectionReason.FalseAlarm },
        TicketAction.Book or TicketAction.Reschedule => new(action) { SlotStart = new DateTimeOffset(2040, 1, 3, 9, 0, 0, TimeSpan.Zero) },
        TicketAction.Assign => new(action) { TechnicianId = "tech-7" },
        TicketAction.Resolve => new(action) { Findings = Findings },
        TicketAction.Close => new(action) { CustomerConfirmed = true },
        TicketAction.Cancel or TicketAction.Reopen => new(action) { Note = "customer moved away" },
        _ => new(action),
    };
}
