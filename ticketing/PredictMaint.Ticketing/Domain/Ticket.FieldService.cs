using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// What the booking reserved for this ticket's visit (copied from its <see cref="PartReservation"/>
/// so the ticket, its audit snapshot and its API view show it without another lookup).
/// </summary>
public sealed partial class Ticket
{
    /// <summary>The technician the active reservation holds the visit for (a reassignment moves it).</summary>
    public string? BookedTechnicianId { get; private set; }

    public DateTimeOffset? SlotEnd { get; private set; }

    public string? ReservedDepotId { get; private set; }

    public string? ReservedPartNumber { get; private set; }

    public ReservationStatus? ReservationStatus { get; private set; }

    /// <summary>Part of a Book or Assign transition: the reservation saved with it.</summary>
    internal void NoteReservation(BookingChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        BookedTechnicianId = choice.TechnicianId;
        SlotStart = choice.Start.ToUniversalTime();
        SlotEnd = choice.End.ToUniversalTime();
        ReservedDepotId = choice.DepotId;
        ReservedPartNumber = choice.PartNumber;
        ReservationStatus = FieldService.ReservationStatus.Active;
    }

    /// <summary>Part of a cancel, reject or resolve transition: the part went back or was fitted.</summary>
    internal void NoteReservationSettled(ReservationStatus status) => ReservationStatus = status;
}
