namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Who visits, when, and which depot supplies which part — what a booking reserves.</summary>
public sealed record BookingChoice(string TechnicianId, string DepotId, string PartNumber, DateTimeOffset Start, DateTimeOffset End, string Explanation);
