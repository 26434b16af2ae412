namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>Great-circle distance (haversine formula on a sphere of the Earth's mean radius, 6371 km).</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0;

    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
