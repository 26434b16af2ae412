namespace PredictMaint.Ticketing.Booking;

/// <summary>A booking link that has been used (to book or decline); its primary key makes a second use fail in the database.</summary>
public sealed class OfferLinkUse
{
    /// <summary>SHA-256 of the link's signed payload (<see cref="OfferLink.UseId"/>), never the link itself.</summary>
    public required string UseId { get; init; }

    public Guid TicketId { get; init; }

    public DateTimeOffset UsedAt { get; init; }

    /// <summary>What the customer did with it (<c>declined</c> or <c>booked</c>).</summary>
    public required string Outcome { get; init; }
}
