using System.Text.Json;

namespace PredictMaint.Platform.Influx.Transport;

/// <summary>Turns an unsuccessful InfluxDB answer into the matching exception with a message that says what to do next.</summary>
internal static class InfluxErrorMapper
{
    private const string UnableToParse = "unable to parse '";

    public static InfluxException FromResponse(int statusCode, string body, TimeSpan? retryAfter, InfluxClientOptions options, string operation)
    {
        var serverError = ExtractServerError(body);
        var said = $"InfluxDB answered {operation} with {statusCode}: {serverError}";
        if (statusCode == 404 && IsDatabaseNotFound(serverError))
        {
            return DatabaseNotFound(options, said, statusCode);
        }

        return statusCode switch
        {
            400 => new InfluxBadRequestException($"{said}. Fix the data or query; retrying the same request will fail again.", ExtractRejectedLine(serverError)),
            401 or 403 => new InfluxAuthorizationException($"{said}. Check {(options.ApiVersion == InfluxApiVersion.V2 ? "Token" : "Username and Password")} in the options and the user's privileges on '{Target(options)}'.", statusCode),
            404 => new InfluxException($"{said}. Check Url and ApiVersion in the options (InfluxDB 1.x has no /api/v2 endpoints).", statusCode, isRetryable: false),
            413 => new InfluxRequestTooLargeException($"{said}. Split the batch into smaller writes, or raise max-body-size on the server.", statusCode),
            429 or >= 500 => new InfluxException($"{said}. This is usually temporary: retry with backoff{(retryAfter is { } wait ? $" after {wait.TotalSeconds:0.###} s as the server asked" : string.Empty)}.", statusCode, isRetryable: true, retryAfter),
            _ => new InfluxException($"{said}.", statusCode, isRetryable: false),
        };
    }

    /// <summary>A <c>results[].error</c> from <c>/query</c>: the request was fine, the statement was not.</summary>
    public static InfluxException FromQueryError(string error, InfluxClientOptions options) =>
        IsDatabaseNotFound(error)
            ? DatabaseNotFound(options, $"InfluxDB rejected the query: {error}", 200)
            : new InfluxException($"InfluxDB rejected the query: {error}. Fix the statement; retrying it unchanged will fail again.", 200, isRetryable: false);

    /// <summary>The first line InfluxDB quoted in "unable to parse '&lt;line&gt;': reason".</summary>
    internal static string? ExtractRejectedLine(string serverError)
    {
        var start = serverError.IndexOf(UnableToParse, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += UnableToParse.Length;
        var nextError = serverError.IndexOf("\n" + UnableToParse, start, StringComparison.Ordinal);
        var searchEnd = nextError < 0 ? serverError.Length : nextError;
        var end = serverError.LastIndexOf("': ", searchEnd - 1, searchEnd - start, StringComparison.Ordinal);
        return end < start ? null : serverError[start..end];
    }

    // 1.x: 'database not found: "x"'; 2.x: 'bucket "x" not found'.
    private static bool IsDatabaseNotFound(string error) =>
        error.StartsWith("database not found", StringComparison.OrdinalIgnoreCase)
        || (error.StartsWith("bucket", StringComparison.OrdinalIgnoreCase) && error.Contains("not found", StringComparison.OrdinalIgnoreCase));

    private static InfluxDatabaseNotFoundException DatabaseNotFound(InfluxClientOptions options, string said, int statusCode) =>
        options.ApiVersion == InfluxApiVersion.V2
            ? new($"{said}. Bucket '{options.Bucket}' (or the DBRP mapping for database '{options.Database}') was not found: create it or check Bucket/Database/Organization in the options.", statusCode)
            : new($"{said}. Database '{options.Database}' not found: create it with CREATE DATABASE (InfluxClient.CreateDatabaseAsync) or check Database in the options.", statusCode);

    private static string Target(InfluxClientOptions options) => options.ApiVersion == InfluxApiVersion.V2 ? options.Bucket ?? string.Empty : options.Database;

    private static string ExtractServerError(string body)
    {
        var trimmed = body.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                foreach (var name in (ReadOnlySpan<string>)["error", "message"])
                {
                    if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        return value.GetString()!;
                    }
                }
            }
            catch (JsonException)
            {
                // Not the JSON error object InfluxDB sends; report the text as it is.
            }
        }

        return trimmed.Length == 0 ? "(no error text)" : trimmed;
    }
}
