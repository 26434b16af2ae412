namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>A technician who can take a visit, with the figures the ranking used and a sentence explaining them.</summary>
public sealed record RankedTechnician(Technician Technician, int JobsThatDay, double DistanceKm, string Explanation);
