using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Api;

/// <summary>A site as written (<c>PUT /api/sites/{id}</c>, the directory file) and read.</summary>
public sealed record SiteBody
{
    /// <summary>Ignored in a PUT body (the path names the site); required in the directory file.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; init; }

    [JsonPropertyName("customer_name")]
    public string? CustomerName { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("time_zone")]
    public string? TimeZoneId { get; init; }

    [JsonPropertyName("latitude")]
    public double? Latitude { get; init; }

    [JsonPropertyName("longitude")]
    public double? Longitude { get; init; }

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    /// <summary>Only in answers.</summary>
    [JsonPropertyName("version")]
    public int? Version { get; init; }

    public SiteDetails ToDetails() => new(
        CustomerId ?? string.Empty,
        CustomerName ?? string.Empty,
        Region ?? string.Empty,
        TimeZoneId ?? string.Empty,
        Latitude ?? double.NaN,
        Longitude ?? double.NaN,
        Language ?? SiteLanguages.English,
        Email ?? string.Empty,
        Phone);

    public static SiteBody From(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new SiteBody
        {
            Id = site.Id,
            CustomerId = site.CustomerId,
            CustomerName = site.CustomerName,
            Region = site.Region,
            TimeZoneId = site.TimeZoneId,
            Latitude = site.Latitude,
            Longitude = site.Longitude,
            Language = site.Language,
            Email = site.Email,
            Phone = site.Phone,
            Version = site.Version,
        };
    }
}
