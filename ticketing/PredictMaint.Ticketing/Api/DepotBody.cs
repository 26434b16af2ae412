using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Api;

/// <summary>A depot as written (<c>PUT /api/depots/{id}</c>, the directory file) and read.</summary>
public sealed record DepotBody
{
    /// <summary>Ignored in a PUT body (the path names the depot); required in the directory file.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("latitude")]
    public double? Latitude { get; init; }

    [JsonPropertyName("longitude")]
    public double? Longitude { get; init; }

    /// <summary>Directory file only: counted quantity per part number. The API sets stock at <c>/api/depots/{id}/stock/{part}</c>.</summary>
    [JsonPropertyName("stock")]
    public IReadOnlyDictionary<string, int>? Stock { get; init; }

    /// <summary>Only in answers.</summary>
    [JsonPropertyName("version")]
    public int? Version { get; init; }

    public DepotDetails ToDetails() => new(Name ?? string.Empty, Region ?? string.Empty, Latitude ?? double.NaN, Longitude ?? double.NaN);

    public static DepotBody From(Depot depot)
    {
        ArgumentNullException.ThrowIfNull(depot);
        return new DepotBody { Id = depot.Id, Name = depot.Name, Region = depot.Region, Latitude = depot.Latitude, Longitude = depot.Longitude, Version = depot.Version };
    }
}
