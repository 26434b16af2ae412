using System.Globalization;

namespace PredictMaint.Ticketing.Domain;

/// <summary>The ticket's life after it is raised: transitions, their evidence, review flags.</summary>
public sealed partial class Ticket
{
    /// <summary>Server time of the last state change.</summary>
    public DateTimeOffset? StateChangedAt { get; private set; }

    /// <summary>Server time the ticket was closed; starts the reopen window.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the ticket reached the Resolved or Closed state it is in now; null in any other state.</summary>
    public DateTimeOffset? FinishedAt => State switch
    {
        TicketState.Closed => ClosedAt,
        TicketState.Resolved => StateChangedAt,
        _ => null,
    };

    public RejectionReason? RejectionReason { get; private set; }

    /// <summary>The latest note given with a transition (why it was cancelled, reopened…).</summary>
    public string? Note { get; private set; }

    public DateTimeOffset? SlotStart { get; private set; }

    public string? TechnicianId { get; private set; }

    public string? PartReplaced { get; private set; }

    public FindingCondition? FindingCondition { get; private set; }

    /// <summary>Readings after the fix as <c>name=value</c> pairs, sorted by name, separated by ';'.</summary>
    public string? ReadingsAfterFix { get; private set; }

    /// <summary>Something happened that a planner should look at (e.g. the prediction was retracted).</summary>
    public bool NeedsReview { get; private set; }

    public string? ReviewNote { get; private set; }

    /// <summary>What the auto-approval policy decided, or would have decided in shadow mode.</summary>
    public string? AutoApprovalNote { get; private set; }

    /// <summary>Predictions merged into a corrective or reported ticket without replacing its description.</summary>
    public int MergedPredictionCount { get; private set; }

    /// <summary>Applies the transition when the workflow allows it; otherwise changes nothing.</summary>
    public TransitionOutcome Transition(TransitionRequest request, Actor actor, DateTimeOffset now)
    {
        var outcome = TicketWorkflow.Evaluate(State, FinishedAt, request, actor, now);
        if (!outcome.Allowed)
        {
            return outcome;
        }

        State = outcome.To;
        IsOpen = State.IsOpen();
        StateChangedAt = now.ToUniversalTime();
        Note = request.Note ?? Note;
        switch (request.Action)
        {
            case TicketAction.Reject:
                RejectionReason = request.RejectionReason;
                break;
            case TicketAction.Book or TicketAction.Reschedule:
                SlotStart = request.SlotStart!.Value.ToUniversalTime();
                break;
            case TicketAction.Assign:
                TechnicianId = request.TechnicianId;
                break;
            case TicketAction.Resolve:
                PartReplaced = request.Findings!.PartReplaced;
                FindingCondition = request.Findings.Condition;
                ReadingsAfterFix = FormatReadings(request.Findings.ReadingsAfterFix);
                break;
            case TicketAction.Close:
                ClosedAt = now.ToUniversalTime();
                break;
            case TicketAction.Reopen:
                ClosedAt = null;
                break;
        }

        Version++;
        return outcome;
    }

    /// <summary>The predictor withdrew its prediction: keep the ticket, but make a planner look at it.</summary>
    public void FlagRetraction(string modelVersion, string reason, DateTimeOffset receivedAt)
    {
        NeedsReview = true;
        ReviewNote = $"Prediction retracted by {modelVersion}: {reason}";
        LastReceivedAt = receivedAt.ToUniversalTime();
        Version++;
    }

    /// <summary>
    /// A failure or customer report for a device and component that already has an open
    /// ticket joins it: the report's kind replaces "preventive" (something is now wrong), the
    /// priority may rise, and the planner is asked to look.
    /// </summary>
    public void MergeReport(TicketKind kind, Priority priority, string description, DateTimeOffset receivedAt)
    {
        if (kind == TicketKind.Preventive)
        {
            throw new ArgumentException("Preventive tickets come from predictions.", nameof(kind));
        }

        Kind = Kind == TicketKind.Preventive ? kind : Kind;
        Priority = PriorityPolicy.MostUrgent(Priority, priority);
        NeedsReview = true;
        ReviewNote = $"{kind} report merged: {description}";
        LastReceivedAt = receivedAt.ToUniversalTime();
        Version++;
    }

    /// <summary>A planner looked at the flag.</summary>
    public void ClearReview()
    {
        NeedsReview = false;
        Version++;
    }

    internal void NoteAutoApproval(string note) => AutoApprovalNote = note;

    private static string FormatReadings(IReadOnlyDictionary<string, double> readings) =>
        string.Join(';', readings.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key}={r.Value:R}")));
}
