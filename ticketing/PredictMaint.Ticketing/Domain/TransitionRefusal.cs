namespace PredictMaint.Ticketing.Domain;

/// <summary>Why a transition was refused; the API maps each to a status code.</summary>
public enum TransitionRefusal
{
    None,
    /// <summary>The action does not apply to the ticket's current state.</summary>
    IllegalFromState,
    /// <summary>The actor's role may not take this action.</summary>
    RoleNotAllowed,
    /// <summary>The action needs evidence the request does not carry.</summary>
    MissingEvidence,
    /// <summary>Reopen asked for after the reopen window closed.</summary>
    ReopenWindowExpired,
    /// <summary>No visit can be booked: no stock, no free technician with the skill, or the site is unknown.</summary>
    NoDispatchPossible,
}
