namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>One part held at a depot for one ticket's booked visit, and the technician and time of that visit.</summary>
public sealed class PartReservation
{
    private PartReservation()
    {
        DepotId = PartNumber = TechnicianId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    public string DepotId { get; private set; }

    public string PartNumber { get; private set; }

    public string TechnicianId { get; private set; }

    public DateTimeOffset SlotStart { get; private set; }

    public DateTimeOffset SlotEnd { get; private set; }

    public ReservationStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was released or consumed.</summary>
    public DateTimeOffset? SettledAt { get; private set; }

    public static PartReservation Hold(Guid id, Guid ticketId, BookingChoice choice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return new PartReservation
        {
            Id = id,
            TicketId = ticketId,
            DepotId = choice.DepotId,
            PartNumber = choice.PartNumber,
            TechnicianId = choice.TechnicianId,
            SlotStart = choice.Start.ToUniversalTime(),
            SlotEnd = choice.End.ToUniversalTime(),
            Status = ReservationStatus.Active,
            CreatedAt = now.ToUniversalTime(),
        };
    }

    public void Settle(ReservationStatus status, DateTimeOffset now)
    {
        if (Status != ReservationStatus.Active || status == ReservationStatus.Active)
        {
            throw new InvalidOperationException($"Reservation {Id} is {Status} and cannot become {status}.");
        }

        Status = status;
        SettledAt = now.ToUniversalTime();
    }
}
