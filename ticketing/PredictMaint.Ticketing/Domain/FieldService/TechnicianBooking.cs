namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>A visit a technician is already booked for (from an active or consumed reservation).</summary>
public sealed record TechnicianBooking(string TechnicianId, DateTimeOffset Start, DateTimeOffset End);
