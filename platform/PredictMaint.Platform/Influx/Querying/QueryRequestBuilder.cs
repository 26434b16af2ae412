using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PredictMaint.Platform.Influx.Querying;

/// <summary>
/// Builds <c>/query</c> requests: read-only statements (SELECT, SHOW) as GET so read-only users may run them, all others
/// as POST (InfluxDB 1.x refuses or warns about writes over GET). <c>epoch=ns</c> makes times exact integers;
/// bind parameters travel as the <c>params</c> JSON object.
/// </summary>
internal static class QueryRequestBuilder
{
    // Long queries go in a POST body rather than an URL that proxies might truncate or refuse.
    private const int MaxGetUrlLength = 4000;

    public static (HttpMethod Method, string RelativeUrl, HttpContent? Content) Build(
        string influxQl, IReadOnlyDictionary<string, object>? parameters, InfluxClientOptions options, bool forceReadOnly = false)
    {
        var form = new List<KeyValuePair<string, string>> { new("q", influxQl), new("epoch", "ns") };
        if (!string.IsNullOrEmpty(options.Database))
        {
            form.Add(new("db", options.Database));
        }

        if (!string.IsNullOrEmpty(options.RetentionPolicy))
        {
            form.Add(new("rp", options.RetentionPolicy));
        }

        if (parameters is { Count: > 0 })
        {
            form.Add(new("params", SerializeParameters(parameters)));
        }

        if (forceReadOnly || IsReadOnly(influxQl))
        {
            var url = "query?" + string.Join('&', form.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}"));
            if (url.Length <= MaxGetUrlLength)
            {
                return (HttpMethod.Get, url, null);
            }
        }

        return (HttpMethod.Post, "query", new FormUrlEncodedContent(form));
    }

    internal static bool IsReadOnly(string influxQl)
    {
        var text = influxQl.AsSpan().TrimStart();
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("SHOW", StringComparison.OrdinalIgnoreCase);
    }

    internal static string SerializeParameters(IReadOnlyDictionary<string, object> parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in parameters)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or uint or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    throw new ArgumentException($"Parameter '{name}' is {number}; InfluxQL has no literal for it.", nameof(value));
                }

                writer.WriteNumberValue(number);
                break;
            case DateTimeOffset time:
                // InfluxQL compares time with RFC3339 string literals.
                writer.WriteStringValue(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException(
                    $"Parameter '{name}' has type {value?.GetType().Name ?? "null"}; use string, bool, an integer, double or DateTimeOffset.", nameof(value));
        }
    }
}
