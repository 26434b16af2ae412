using System.Text.Json;
using PredictMaint.Platform.Influx.Transport;

namespace PredictMaint.Platform.Influx.Querying;

/// <summary>Parses the JSON of <c>/query</c>: <c>results[].series[]</c> into typed series, <c>results[].error</c> into an exception.</summary>
internal static class QueryResponseParser
{
    public static IReadOnlyList<InfluxSeries> Parse(Stream json, InfluxClientOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InfluxException($"InfluxDB answered the query with invalid JSON ({exception.Message}). Check that Url points at InfluxDB and not at a proxy error page.", exception);
        }

        using (document)
        {
            var series = new List<InfluxSeries>();
            if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                throw new InfluxException("InfluxDB answered the query without a 'results' array. Check that Url points at InfluxDB's /query API.");
            }

            foreach (var result in results.EnumerateArray())
            {
                if (result.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
                {
                    throw InfluxErrorMapper.FromQueryError(error.GetString()!, options);
                }

                var statementId = result.TryGetProperty("statement_id", out var id) && id.TryGetInt32(out var number) ? number : 0;
                if (result.TryGetProperty("series", out var seriesArray) && seriesArray.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in seriesArray.EnumerateArray())
                    {
                        series.Add(ParseSeries(item, statementId));
                    }
                }
            }

            return series;
        }
    }

    private static InfluxSeries ParseSeries(JsonElement item, int statementId)
    {
        var name = item.TryGetProperty("name", out var nameElement) ? nameElement.GetString() ?? string.Empty : string.Empty;
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.TryGetProperty("tags", out var tagsElement) && tagsElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var tag in tagsElement.EnumerateObject())
            {
                tags[tag.Name] = tag.Value.GetString() ?? string.Empty;
            }
        }

        var columns = new List<string>();
        var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        if (item.TryGetProperty("columns", out var columnsElement))
        {
            foreach (var column in columnsElement.EnumerateArray())
            {
                var columnName = column.GetString() ?? string.Empty;
                columnIndex.TryAdd(columnName, columns.Count);
                columns.Add(columnName);
            }
        }

        var rows = new List<InfluxRow>();
        if (item.TryGetProperty("values", out var valuesElement) && valuesElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var rowElement in valuesElement.EnumerateArray())
            {
                var values = new object?[columns.Count];
                var i = 0;
                foreach (var value in rowElement.EnumerateArray())
                {
                    if (i < values.Length)
                    {
                        values[i++] = ToValue(value);
                    }
                }

                rows.Add(new InfluxRow(columnIndex, values));
            }
        }

        return new InfluxSeries(name, tags, columns, rows) { StatementId = statementId };
    }

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        // The cast matters: without it the conditional would widen every long to double and lose epoch-nanosecond precision.
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? (object)whole : value.GetDouble(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
