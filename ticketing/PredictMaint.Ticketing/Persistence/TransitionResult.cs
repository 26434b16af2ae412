using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>What a transition request came to; <see cref="Ticket"/> is the stored ticket when there is one.</summary>
public sealed record TransitionResult(TransitionStatus Status, Ticket? Ticket, TransitionOutcome? Outcome = null);
