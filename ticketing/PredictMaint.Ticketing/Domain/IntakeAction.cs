namespace PredictMaint.Ticketing.Domain;

/// <summary>What an incoming prediction does to the tickets of its device and component.</summary>
public enum IntakeAction
{
    /// <summary>No open ticket: propose a new one.</summary>
    CreateTicket,

    /// <summary>An open ticket exists and the prediction is its newest evidence.</summary>
    UpdateTicket,

    /// <summary>
    /// An open ticket exists but already holds newer evidence (the prediction arrived out of
    /// order): count it and let it raise the priority, but keep the newer evidence.
    /// </summary>
    CountStaleEvidence,

    /// <summary>
    /// The open ticket is corrective, customer-reported or a sensor fault: the prediction is
    /// counted and may raise the priority, but the ticket keeps its own description.
    /// </summary>
    MergeIntoExisting,
}
