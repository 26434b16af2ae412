namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// A bookable visit. <see cref="Late"/>: it ends after the latest safe time (offered only when
/// nothing fits before). <see cref="DepotOutsideRegion"/>: the part comes from the nearest depot
/// of another region because the site's region has none in stock.
/// </summary>
public sealed record Slot(
    DateTimeOffset Start,
    DateTimeOffset End,
    string TechnicianId,
    string DepotId,
    string PartNumber,
    bool Late,
    bool DepotOutsideRegion,
    string Explanation);
