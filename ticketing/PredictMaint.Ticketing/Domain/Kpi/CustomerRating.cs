namespace PredictMaint.Ticketing.Domain.Kpi;

/// <summary>The customer's verdict on a finished visit: 1 (bad) to 5 (excellent) and one reason. One per ticket.</summary>
public sealed class CustomerRating
{
    public const int MaxReasonLength = 500;

    private CustomerRating()
    {
        Reason = string.Empty;
    }

    public Guid TicketId { get; private set; }

    public int Score { get; private set; }

    public string Reason { get; private set; }

    /// <summary>Server time the rating was recorded.</summary>
    public DateTimeOffset RatedAt { get; private set; }

    /// <summary>Null and a reason when the rating is not acceptable for a ticket in <paramref name="state"/>.</summary>
    public static (CustomerRating? Rating, string? Problem) Create(Guid ticketId, TicketState state, int score, string? reason, DateTimeOffset now)
    {
        if (score is < 1 or > 5)
        {
            return (null, "'score' must be between 1 and 5.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            return (null, $"'reason' is required (1-{MaxReasonLength} characters).");
        }

        if (state is not (TicketState.Resolved or TicketState.Closed))
        {
            return (null, $"Only a resolved or closed ticket can be rated; this one is {state}.");
        }

        return (new CustomerRating { TicketId = ticketId, Score = score, Reason = reason.Trim(), RatedAt = now.ToUniversalTime() }, null);
    }
}
