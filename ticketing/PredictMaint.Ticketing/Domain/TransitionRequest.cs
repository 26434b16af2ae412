namespace PredictMaint.Ticketing.Domain;

/// <summary>An action with the evidence it carries; which fields are required depends on the action.</summary>
public sealed record TransitionRequest(TicketAction Action)
{
    /// <summary>Required by <see cref="TicketAction.Reject"/>.</summary>
    public RejectionReason? RejectionReason { get; init; }

    /// <summary>Free text; required by Cancel and Reopen, optional otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>Required by <see cref="TicketAction.Book"/>: the start of the booked visit.</summary>
    public DateTimeOffset? SlotStart { get; init; }

    /// <summary>Required by <see cref="TicketAction.Assign"/>.</summary>
    public string? TechnicianId { get; init; }

    /// <summary>Required by <see cref="TicketAction.Resolve"/>.</summary>
    public TechnicianFindings? Findings { get; init; }

    /// <summary>Required (true) by <see cref="TicketAction.Close"/>: no closing without the customer.</summary>
    public bool CustomerConfirmed { get; init; }

    /// <summary>Optional with <see cref="TicketAction.Book"/>: the depot to take the part from (else the best is chosen).</summary>
    public string? DepotId { get; init; }
}
