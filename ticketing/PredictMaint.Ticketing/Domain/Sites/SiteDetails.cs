namespace PredictMaint.Ticketing.Domain.Sites;

/// <summary>Everything about a site except its id; validated by <see cref="SiteRules"/>.</summary>
public sealed record SiteDetails(
    string CustomerId,
    string CustomerName,
    string Region,
    string TimeZoneId,
    double Latitude,
    double Longitude,
    string Language,
    string Email,
    string? Phone);
