using System.Text;

namespace PredictMaint.Predictor.Scoring;

/// <summary>
/// Reads an InfluxDB series key as <c>SHOW SERIES</c> answers it, <c>measurement,tag=value,…</c>,
/// with commas, equals signs and spaces in names and values escaped by a backslash (the line
/// protocol's escaping, https://docs.influxdata.com/influxdb/v1/write_protocols/line_protocol_reference/).
/// </summary>
public static class SeriesKey
{
    /// <summary>The tags of <paramref name="key"/>, unescaped; the measurement is skipped.</summary>
    public static IReadOnlyDictionary<string, string> Tags(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = Split(key, ',');
        for (var i = 1; i < parts.Count; i++)
        {
            var pair = Split(parts[i], '=');
            if (pair.Count == 2)
            {
                tags[Unescape(pair[0])] = Unescape(pair[1]);
            }
        }

        return tags;
    }

    // Splits on separators that are not escaped; the escapes stay for Unescape.
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is ',' or '=' or ' ' or '\\')
            {
                i++;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }
}
