namespace PredictMaint.Ticketing.Domain;

/// <summary>The customer's answer to a booking offer.</summary>
public sealed partial class Ticket
{
    /// <summary>
    /// The customer declined the offer: the ticket keeps its state and goes back to the planner's
    /// queue with the reason (the workflow gives customers no transition; a planner decides
    /// whether to reject it as <see cref="RejectionReason.CustomerDeclined"/>, call, or re-offer).
    /// </summary>
    public void FlagCustomerDecline(string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        NeedsReview = true;
        ReviewNote = $"Customer declined the offer: {reason}";
        LastReceivedAt = at.ToUniversalTime();
        Version++;
    }
}
