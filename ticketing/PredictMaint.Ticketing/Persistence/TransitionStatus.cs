namespace PredictMaint.Ticketing.Persistence;

public enum TransitionStatus
{
    Done,
    NotFound,
    /// <summary>The caller's version is not the stored one: someone changed the ticket first.</summary>
    VersionMismatch,
    /// <summary>The workflow refused; see the outcome.</summary>
    Refused,
    /// <summary>Reopening would make a second open ticket for the device and component.</summary>
    OpenTicketExists,
}
