namespace PredictMaint.Ticketing.Domain;

/// <summary>
/// The evidence a technician leaves when resolving a ticket.
/// <paramref name="PartReplaced"/> is a part number, or "none" when nothing was replaced;
/// <paramref name="ReadingsAfterFix"/> holds at least one reading (name with unit → value).
/// </summary>
public sealed record TechnicianFindings(
    string PartReplaced,
    FindingCondition Condition,
    IReadOnlyDictionary<string, double> ReadingsAfterFix);
