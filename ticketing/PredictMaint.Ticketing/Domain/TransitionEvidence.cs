namespace PredictMaint.Ticketing.Domain;

/// <summary>The evidence each action must carry, checked before any state changes.</summary>
public static class TransitionEvidence
{
    public const int MaxNoteLength = 2000;
    public const int MaxIdentifierLength = 64;

    /// <summary>What is missing or malformed, or null when the request carries what its action needs.</summary>
    public static string? Missing(TransitionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Note is { Length: > MaxNoteLength })
        {
            return $"The note may hold at most {MaxNoteLength} characters.";
        }

        return request.Action switch
        {
            TicketAction.Reject when request.RejectionReason is null =>
                $"Reject needs a reason code: one of {string.Join(", ", Enum.GetNames<RejectionReason>())}.",
            TicketAction.Reject when !Enum.IsDefined(request.RejectionReason!.Value) => "Unknown rejection reason code.",
            TicketAction.Book or TicketAction.Reschedule when request.SlotStart is null => $"{request.Action} needs the start of the booked slot.",
            TicketAction.Assign when !IsIdentifier(request.TechnicianId) =>
                $"Assign needs the technician's id (1-{MaxIdentifierLength} characters).",
            TicketAction.Resolve => MissingFindings(request.Findings),
            TicketAction.Close when !request.CustomerConfirmed => "Close needs the customer's confirmation that the work is done.",
            TicketAction.Cancel or TicketAction.Reopen when string.IsNullOrWhiteSpace(request.Note) =>
                $"{request.Action} needs a note saying why.",
            _ => null,
        };
    }

    private static string? MissingFindings(TechnicianFindings? findings)
    {
        if (findings is null)
        {
            return "Resolve needs the technician's findings: part replaced, condition found, readings after the fix.";
        }

        if (!IsIdentifier(findings.PartReplaced))
        {
            return "Findings need the part replaced (a part number, or \"none\").";
        }

        if (!Enum.IsDefined(findings.Condition))
        {
            return "Findings need the condition found: ConfirmsPrediction or ContradictsPrediction.";
        }

        if (findings.ReadingsAfterFix is null || findings.ReadingsAfterFix.Count == 0)
        {
            return "Findings need at least one reading taken after the fix.";
        }

        foreach (var (name, value) in findings.ReadingsAfterFix)
        {
            if (!IsIdentifier(name) || !double.IsFinite(value))
            {
                return $"Reading '{name}' needs a name of 1-{MaxIdentifierLength} characters and a finite value.";
            }
        }

        return null;
    }

    private static bool IsIdentifier(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= MaxIdentifierLength;
}
