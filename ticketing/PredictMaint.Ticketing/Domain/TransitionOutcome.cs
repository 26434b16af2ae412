namespace PredictMaint.Ticketing.Domain;

/// <summary>The verdict on a transition: allowed, or refused with a reason a person can read.</summary>
public sealed record TransitionOutcome(TransitionRefusal Refusal, string Reason, TicketState From, TicketState To)
{
    public bool Allowed => Refusal == TransitionRefusal.None;

    public static TransitionOutcome Allow(TicketState from, TicketState to) =>
        new(TransitionRefusal.None, $"{from} → {to}", from, to);

    public static TransitionOutcome Refuse(TransitionRefusal refusal, string reason, TicketState from) =>
        new(refusal, reason, from, from);
}
