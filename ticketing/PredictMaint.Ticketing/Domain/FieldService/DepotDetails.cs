namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Everything about a depot except its id and stock.</summary>
public sealed record DepotDetails(string Name, string Region, double Latitude, double Longitude);
