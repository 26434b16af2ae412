namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Either the <see cref="Choice"/> a booking reserves, or why it cannot be booked (naming alternatives).</summary>
public sealed record BookingCheck(BookingChoice? Choice, string? Refusal)
{
    public static BookingCheck Accept(BookingChoice choice) => new(choice, null);

    public static BookingCheck Refuse(string refusal) => new(null, refusal);
}
