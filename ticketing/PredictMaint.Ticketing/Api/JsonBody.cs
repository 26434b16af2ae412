using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PredictMaint.Ticketing.Api;

/// <summary>Reads a request body so malformed JSON becomes a validation problem naming the body, not a 500.</summary>
internal static class JsonBody
{
    public static async Task<(T? Body, Dictionary<string, string[]>? Errors)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken);
            return body is null ? (null, new() { ["body"] = ["A JSON object is required."] }) : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, new() { ["body"] = [exception.Message] });
        }
    }
}
