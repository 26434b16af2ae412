namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// Merging a duplicate: the same problem raised twice (a customer report and a prediction for
/// a neighbouring component, two reports of one leak). The duplicate is cancelled through the
/// workflow's cancel rule (its states and roles; a booked duplicate's part is released by the
/// caller as for any cancel) and points at the ticket it joined; that ticket keeps the more
/// urgent priority of the two.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>The ticket this one was merged into as a duplicate.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>Merges this ticket into <paramref name="target"/>; when refused neither ticket changes.</summary>
    public TransitionOutcome MergeInto(Ticket target, string? note, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actor);
        var refusal = target.Id == Id ? "A ticket cannot be merged into itself."
            : !target.IsOpen ? $"The ticket to merge into is {target.State}; merge into an open ticket."
            : !string.Equals(target.SiteId, SiteId, StringComparison.Ordinal) ? $"The tickets are at different sites ({SiteId}, {target.SiteId}); only a duplicate at the same site can be merged."
            : target.MergedIntoId is not null ? "The ticket to merge into was itself merged away."
            : null;
        if (refusal is not null)
        {
            return TransitionOutcome.Refuse(TransitionRefusal.IllegalFromState, refusal, State);
        }

        var why = string.IsNullOrWhiteSpace(note) ? string.Empty : ": " + note.Trim();
        var cancel = new TransitionRequest(TicketAction.Cancel) { Note = $"Merged into {target.Id} ({target.DeviceId} {target.Component}){why}" };
        var outcome = Transition(cancel, actor, now);
        if (!outcome.Allowed)
        {
            return TransitionOutcome.Refuse(outcome.Refusal, "Merge: " + outcome.Reason, State);
        }

        MergedIntoId = target.Id;
        target.Priority = PriorityPolicy.MostUrgent(target.Priority, Priority);
        target.Version++;
        return outcome;
    }
}
