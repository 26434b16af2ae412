using System.Text.Json;
using System.Text.Json.Serialization;
using PredictMaint.Ticketing.Api;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>
/// The optional JSON file (<c>Ticketing:DirectoryFile</c>) whose entries are upserted at start:
/// <c>{"sites":[{"id":"site-1","customer_id":…}, …]}</c>. Lets a demo or a fresh installation
/// come up with its sites without calling the API.
/// </summary>
public sealed record DirectoryFile
{
    [JsonPropertyName("sites")]
    public IReadOnlyList<SiteBody>? Sites { get; init; }

    /// <summary>Same fields as <c>PUT /api/technicians/{id}</c>, plus <c>id</c>; optional (absent in files that predate it).</summary>
    [JsonPropertyName("technicians")]
    public IReadOnlyList<TechnicianBody>? Technicians { get; init; }

    /// <summary>Same fields as <c>PUT /api/depots/{id}</c>, plus <c>id</c> and <c>stock</c> (part number → counted quantity).</summary>
    [JsonPropertyName("depots")]
    public IReadOnlyList<DepotBody>? Depots { get; init; }

    public static async Task<DirectoryFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, TicketingJsonContext.Default.DirectoryFile, cancellationToken)
                ?? throw new InvalidDataException($"{path} holds no JSON object.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a valid directory file: {exception.Message}", exception);
        }
    }
}
