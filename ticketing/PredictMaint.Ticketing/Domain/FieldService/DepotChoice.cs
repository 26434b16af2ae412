namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Where the part comes from, and whether that depot is outside the site's region.</summary>
public sealed record DepotChoice(Depot Depot, int Available, double DistanceKm, bool OutsideRegion);
