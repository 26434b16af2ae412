using System.Globalization;

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Which depot supplies a part for a site: the nearest in the site's region with stock, else the nearest anywhere.</summary>
public static class DepotSelection
{
    /// <summary>Every depot with the part available, best first (own region, then distance).</summary>
    public static IReadOnlyList<DepotChoice> Candidates(FieldServiceData data, string partNumber)
    {
        ArgumentNullException.ThrowIfNull(data);
        var site = data.Site;
        return
        [
            .. data.Depots
                .Select(d => (Depot: d, Available: data.Stock.Where(s => s.DepotId == d.Id && s.PartNumber == partNumber).Sum(s => s.Available)))
                .Where(d => d.Available > 0)
                .Select(d => new DepotChoice(
                    d.Depot,
                    d.Available,
                    GeoDistance.Kilometres(site.Latitude, site.Longitude, d.Depot.Latitude, d.Depot.Longitude),
                    !string.Equals(d.Depot.Region, site.Region, StringComparison.Ordinal)))
                .OrderBy(c => c.OutsideRegion)
                .ThenBy(c => c.DistanceKm)
                .ThenBy(c => c.Depot.Id, StringComparer.Ordinal),
        ];
    }

    public static DepotChoice? Best(FieldServiceData data, string partNumber) => Candidates(data, partNumber) is [var best, ..] ? best : null;

    /// <summary>"depot-b (3 in stock, 120 km)" for refusals that name alternatives.</summary>
    public static string Describe(IEnumerable<DepotChoice> choices) =>
        string.Join(", ", choices.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Depot.Id} ({c.Available} available, {c.DistanceKm:0} km{(c.OutsideRegion ? ", region " + c.Depot.Region : string.Empty)})")));
}
